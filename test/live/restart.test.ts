import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clientWithToken, type SessionClient, signInDemo } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { followMeeting, oneTo, seqs, wsClient } from '../support/live';
import { DEMO_ADMIN, type ServerProcess, spawnServer } from '../support/process';

const TOKEN = /\[\d+\.\d+\]/g;

// Two server processes start one after the other, each with its migrations and schema build:
// on a busy two-core machine that alone can take most of vitest's default 30 s.
const TWO_STARTS_MS = 120_000;

/** A typist whose every keystroke is a Yjs update; it remembers which ones the server acknowledged. */
class Typist {
  readonly doc = new Y.Doc();
  readonly acknowledged: string[] = [];
  readonly unanswered = new Map<string, string>();

  constructor(
    readonly name: number,
    readonly positionId: string,
  ) {}

  async load(server: SessionClient): Promise<void> {
    const { data } = await server.gql(`query ($id: ID!) { positionDoc(positionId: $id) { state } }`, {
      id: this.positionId,
    });
    Y.applyUpdate(this.doc, Buffer.from(data!.positionDoc.state, 'base64'));
  }

  /** Types `count` tokens at the end, each sent as soon as typed; stops at the first failure. */
  async type(server: SessionClient, count: number, from: number): Promise<void> {
    for (let i = from; i < from + count; i += 1) {
      const token = `[${this.name}.${i}]`;
      const before = Y.encodeStateVector(this.doc);
      const text = this.doc.getText('text');
      text.insert(text.length, token);
      const update = Buffer.from(Y.encodeStateAsUpdate(this.doc, before)).toString('base64');
      this.unanswered.set(token, update);
      if (!(await this.send(server, update))) return;
      this.unanswered.delete(token);
      this.acknowledged.push(token);
    }
  }

  async send(server: SessionClient, update: string): Promise<boolean> {
    try {
      const response = await server.gql(
        `mutation ($id: ID!, $u: String!) { applyPositionEdit(positionId: $id, update: $u) { textVersion } }`,
        {
          id: this.positionId,
          u: update,
        },
      );
      return !response.errors;
    } catch {
      return false;
    }
  }
}

describe('a server restart in the middle of a session', () => {
  let db: TestDatabase;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop('SIGKILL');
    await db.drop();
  });

  it(
    'loses no acknowledged edit, and the clients resume where they were',
    async () => {
      const env = { DATABASE_URL: db.url, LIVE_PRESENCE_GRACE_MS: '100' };
      const firstServer = await spawnServer(env);
      servers.push(firstServer);
      const first = await signInDemo(firstServer, DEMO_ADMIN);
      const meetingId = (
        await first.gql(
          `mutation { createMeeting(input: { title: "Workshop", startsAt: "2012-10-19T08:00:00Z" }) { id } }`,
        )
      ).data!.createMeeting.id;
      const tableId = (
        await first.gql(
          `mutation ($m: ID!) { createWorkingTable(input: { meetingId: $m, kind: CRITICISM, title: "Kritik" }) { id } }`,
          { m: meetingId },
        )
      ).data!.createWorkingTable.id;
      const positionId = (
        await first.gql(`mutation ($t: ID!) { createPosition(input: { tableId: $t, text: "Start" }) { id } }`, {
          t: tableId,
        })
      ).data!.createPosition.id;

      const client = wsClient(firstServer.wsUrl, first.token);
      const before = followMeeting(client, meetingId, 0);
      const typists = [0, 1, 2].map((name) => new Typist(name, positionId));
      for (const typist of typists) await typist.load(first);

      // Everyone types; the server dies hard while keystrokes are in flight.
      const typing = typists.map((typist) => typist.type(first, 200, 0));
      while (typists.reduce((sum, t) => sum + t.acknowledged.length, 0) < 60)
        await new Promise((resolve) => setTimeout(resolve, 5));
      await firstServer.stop('SIGKILL');
      await Promise.all(typing);
      await client.dispose();

      const secondServer = await spawnServer(env);
      servers.push(secondServer);
      // Sessions live in the database: the same one goes on with the new process.
      const second = { ...first, gql: clientWithToken(secondServer, first.token).gql };
      const { data } = await second.gql(`query ($id: ID!) { positionDoc(positionId: $id) { text } }`, {
        id: positionId,
      });
      const kept = new Set(data!.positionDoc.text.match(TOKEN));
      for (const typist of typists) for (const token of typist.acknowledged) expect(kept, token).toContain(token);

      // Clients send again what was never answered (Yjs updates apply once), then resume events.
      for (const typist of typists)
        for (const update of typist.unanswered.values()) expect(await typist.send(second, update)).toBe(true);
      const lastSeen = before.all.at(-1)?.seq ?? 0;
      const again = wsClient(secondServer.wsUrl, first.token);
      const after = followMeeting(again, meetingId, lastSeen);
      const final = (await second.gql(`query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meetingId })).data!
        .meeting.eventSeq;
      await after.untilSeq(final);
      expect(seqs([...before.all, ...after.all], final)).toEqual(oneTo(final));

      const text = (await second.gql(`query ($id: ID!) { positionDoc(positionId: $id) { text } }`, { id: positionId }))
        .data!.positionDoc.text;
      const typed = typists.flatMap((t) => [...t.acknowledged, ...t.unanswered.keys()]);
      expect(text.match(TOKEN).sort()).toEqual(typed.sort());
      const lastEdit = [...before.events, ...after.events].filter((e) => e.__typename === 'PositionEdited').at(-1);
      expect(lastEdit!.text).toBe(text);
      await again.dispose();
    },
    TWO_STARTS_MS,
  );
});
