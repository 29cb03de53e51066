import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SessionClient } from '../support/auth';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import {
  followMeeting,
  type LiveGuests,
  meetingSeq,
  startLiveServer,
  waitFor,
  wsClient,
  YjsEditor,
} from '../support/live';
import type { TestServer } from '../support/server';

const POSITION = `query ($id: ID!) { meeting(id: $id) { eventSeq workingTables { positions { id text version textVersion } } } }`;

/** A small seeded random source, so a failing interleaving can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('co-editing a position through Yjs', () => {
  let server: TestServer;
  let admin: SessionClient;
  let guests: LiveGuests;
  let meetingId: string;
  let tableId: string;
  beforeAll(async () => {
    ({ server, admin, guests } = await startLiveServer());
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
  });
  afterAll(() => server.close());

  /** What everyone sees of a position: its fields, its Yjs document, and the meeting's last event. */
  const snapshot = async (positionId: string) => {
    const { data } = await admin.gql(POSITION, { id: meetingId });
    const position = data!.meeting.workingTables[0].positions.find((p: any) => p.id === positionId);
    const doc = await admin.gql(`query ($id: ID!) { positionDoc(positionId: $id) { state } }`, { id: positionId });
    return { eventSeq: data!.meeting.eventSeq, position, state: doc.data!.positionDoc.state };
  };

  describe('refusals, which change nothing', () => {
    let editor: YjsEditor;
    beforeEach(async () => {
      editor = new YjsEditor(admin.gql, (await buildPosition(admin, tableId, 'Sozialraumorientierung')).id);
      await editor.load();
    });

    const foreignRoot = () => {
      const doc = new Y.Doc();
      doc.getMap('other').set('x', 1);
      return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    };
    const formatted = () => {
      const before = Y.encodeStateVector(editor.doc);
      editor.doc.getText('text').format(0, 4, { bold: true });
      return Buffer.from(Y.encodeStateAsUpdate(editor.doc, before)).toString('base64');
    };
    /** The update of a local change to the editor's text, not sent. */
    const changed = (change: (text: Y.Text) => void) => () => {
      const before = Y.encodeStateVector(editor.doc);
      change(editor.doc.getText('text'));
      return Buffer.from(Y.encodeStateAsUpdate(editor.doc, before)).toString('base64');
    };

    it.each([
      ['text that is not base64', () => '%%% kein base64 %%%'],
      ['an empty update', () => ''],
      ['an oversize update', () => 'A'.repeat(40_000)],
      ['bytes that are no Yjs update', () => Buffer.from('ganz sicher kein Yjs-Update!').toString('base64')],
      ['an update of another shared type', foreignRoot],
      ['formatting', formatted],
      ['a result over 2,000 characters', changed((text) => text.insert(0, 'x'.repeat(1_990)))],
      ['a result left empty, as updatePosition refuses it', changed((text) => text.delete(0, text.length))],
      [
        'a result left blank, as updatePosition refuses it',
        changed((text) => {
          text.delete(0, text.length);
          text.insert(0, ' \n\t ');
        }),
      ],
      ['a NUL character in the text', changed((text) => text.insert(3, '\u0000'))],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, update) => {
      const before = await snapshot(editor.positionId);
      const response = await editor.send(update());
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('update');
      expect(await snapshot(editor.positionId)).toEqual(before);
    });

    it('refuses an update that builds on changes the server lacks with CONFLICT', async () => {
      const before = await snapshot(editor.positionId);
      const stateBefore = Y.encodeStateVector(editor.doc);
      editor.doc.getText('text').insert(0, 'A');
      const middle = Y.encodeStateVector(editor.doc);
      editor.doc.getText('text').insert(1, 'B');
      const second = Buffer.from(Y.encodeStateAsUpdate(editor.doc, middle)).toString('base64');
      expect(stateBefore).not.toEqual(middle);
      const response = await editor.send(second);
      expect(errorCode(response)).toBe('CONFLICT');
      expect(await snapshot(editor.positionId)).toEqual(before);
    });

    it('refuses an unknown position with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
      const unknown = new YjsEditor(admin.gql, '00000000-0000-4000-8000-000000000000');
      expect(errorCode(await unknown.send('AAA='))).toBe('NOT_FOUND');
      const malformed = await new YjsEditor(admin.gql, 'x').send('AAA=');
      expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
    });

    it('refuses edits on a locked table with FORBIDDEN', async () => {
      const lock = `mutation ($id: ID!, $locked: Boolean!) { setTableLocked(tableId: $id, locked: $locked) { locked } }`;
      await admin.gql(lock, { id: tableId, locked: true });
      const before = await snapshot(editor.positionId);
      const response = await editor.edit((text) => text.insert(0, 'Gesperrt? '));
      await admin.gql(lock, { id: tableId, locked: false });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TABLE_LOCKED' });
      expect((await snapshot(editor.positionId)).position).toEqual(before.position);
    });
  });

  it('builds the document of a never co-edited position from its text, the same for every reader', async () => {
    const { id } = await buildPosition(admin, tableId, 'Hilfen zur Erziehung');
    const read = async () =>
      (await admin.gql(`query ($id: ID!) { positionDoc(positionId: $id) { state text textVersion } }`, { id })).data!
        .positionDoc;
    const [first, second] = [await read(), await read()];
    expect(first).toEqual(second);
    expect(first).toMatchObject({ text: 'Hilfen zur Erziehung', textVersion: 0 });
  });

  it('acknowledges a resent update without changing anything, and text edits leave the version alone', async () => {
    const editor = new YjsEditor(admin.gql, (await buildPosition(admin, tableId, 'Vom Fall')).id);
    await editor.load();
    const before = Y.encodeStateVector(editor.doc);
    editor.doc.getText('text').insert(8, ' zum Feld');
    const update = Buffer.from(Y.encodeStateAsUpdate(editor.doc, before)).toString('base64');
    expect((await editor.send(update)).data!.applyPositionEdit).toEqual({ text: 'Vom Fall zum Feld', textVersion: 1 });
    const seq = await meetingSeq(admin, meetingId);
    expect((await editor.send(update)).data!.applyPositionEdit).toEqual({ text: 'Vom Fall zum Feld', textVersion: 1 });
    expect(await meetingSeq(admin, meetingId)).toBe(seq);
    const { position } = await snapshot(editor.positionId);
    expect(position).toMatchObject({ version: 1, textVersion: 1 });
    const moved = await admin.gql(
      `mutation ($id: ID!) { updatePosition(id: $id, input: { expectedVersion: 1, rank: 2 }) { version } }`,
      {
        id: editor.positionId,
      },
    );
    expect(moved.data!.updatePosition.version).toBe(2);
  });

  it('a plain text change reaches co-editors as a Yjs update', async () => {
    const editor = new YjsEditor(admin.gql, (await buildPosition(admin, tableId, 'Budget')).id);
    await editor.load();
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    await admin.gql(`mutation ($id: ID!) { updatePosition(id: $id, input: { text: "Sozialraumbudget" }) { id } }`, {
      id: editor.positionId,
    });
    await waitFor(() => log.events.some((e) => e.__typename === 'PositionEdited'), 'the edit');
    for (const event of log.events) editor.receive(event);
    expect(editor.text).toBe('Sozialraumbudget');
    await client.dispose();
  });

  it('names who typed in each edit, so co-editors see who writes with them', async () => {
    const editor = new YjsEditor(
      guests.gql(meetingId, 'ingrid', 'Ingrid Gast'),
      (await buildPosition(admin, tableId, 'Feld')).id,
    );
    await editor.load();
    const client = wsClient(server.wsUrl, admin.token);
    const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
    expect((await editor.edit((text) => text.insert(4, 'arbeit'))).errors).toBeUndefined();
    await waitFor(() => log.events.some((e) => e.__typename === 'PositionEdited'), 'the edit');
    expect(log.events.find((e) => e.__typename === 'PositionEdited')).toMatchObject({
      positionId: editor.positionId,
      text: 'Feldarbeit',
      editorName: 'Ingrid Gast',
    });
    await client.dispose();
  });

  it('several clients typing at once in random interleavings converge to one text with every insertion', async () => {
    const seed = Date.now() % 100_000;
    const rand = random(seed);
    const { id } = await buildPosition(admin, tableId, 'Basis');
    const startSeq = await meetingSeq(admin, meetingId);
    const writers: {
      editor: YjsEditor;
      client: Client;
      log: ReturnType<typeof followMeeting>;
      applied: number;
      tokens: string[];
    }[] = [];
    for (let c = 0; c < 4; c += 1) {
      const editor = new YjsEditor(guests.gql(meetingId, `writer-${c}`), id);
      await editor.load();
      const client = wsClient(server.wsUrl, admin.token);
      writers.push({ editor, client, log: followMeeting(client, meetingId, startSeq), applied: 0, tokens: [] });
    }
    const catchUp = (writer: (typeof writers)[number], upTo: number) => {
      while (writer.applied < Math.min(upTo, writer.log.events.length))
        writer.editor.receive(writer.log.events[writer.applied++]!);
    };
    await Promise.all(
      writers.map(async (writer, c) => {
        for (let i = 0; i < 20; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, Math.floor(rand() * 6)));
          // Sometimes take in a random part of what arrived, sometimes edit on what is known.
          catchUp(writer, writer.applied + Math.floor(rand() * 4));
          const token = `[${c}.${i}]`;
          writer.tokens.push(token);
          const text = writer.editor.text;
          const boundaries = [0, ...[...text].flatMap((ch, at) => (ch === ']' ? [at + 1] : []))];
          const at = boundaries[Math.floor(rand() * boundaries.length)]!;
          const response = await writer.editor.edit((shared) => shared.insert(at, token));
          expect(response.errors, `seed ${seed}`).toBeUndefined();
        }
      }),
    );
    const last = await meetingSeq(admin, meetingId);
    for (const writer of writers) {
      await writer.log.untilSeq(last);
      catchUp(writer, Number.POSITIVE_INFINITY);
    }
    const { position } = await snapshot(id);
    const texts = writers.map((writer) => writer.editor.text);
    expect(new Set(texts), `seed ${seed}`).toEqual(new Set([position.text]));
    const tokens = writers.flatMap((writer) => writer.tokens).sort();
    expect(position.text.match(/\[\d+\.\d+\]/g).sort(), `seed ${seed}`).toEqual(tokens);
    expect(position.text.replace(/\[\d+\.\d+\]/g, '')).toBe('Basis');
    for (const writer of writers) await writer.client.dispose();
  });
});
