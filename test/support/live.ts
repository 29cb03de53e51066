import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { graphqlClient } from './graphql';
import type { TestServer } from './server';

/** Everything the live tests select of an event. */
export const EVENT_FIELDS = `__typename seq meetingId at
  ... on PositionAdded { position { id tableId text version textVersion rank groupId } }
  ... on PositionEdited { positionId tableId update text textVersion }
  ... on PositionMoved { position { id tableId text version rank groupId } }
  ... on PositionRemoved { positionId tableId }
  ... on PositionsMerged { group { id } members { id groupId } }
  ... on PositionSeparated { position { id groupId } }
  ... on RanksChanged { tableId ranks { positionId rank } }
  ... on TableChanged { table { id title locked voteBudget } }
  ... on TableRemoved { tableId }
  ... on PhaseChanged { phase previousPhase }
  ... on TimerChanged { timer { status durationSeconds endsAt remainingMs serverNow } }
  ... on SpotlightChanged { spotlightId }
  ... on VoteVisibilityChanged { votesHidden votesRevealed }
  ... on VotesChanged { tableId totalDots tallies { positionId dots } }
  ... on PresenceChanged { participant { id displayName tableId present } }
  ... on TaskCreated { task { id items dueLabel sourcePositionId } }`;

export const SUBSCRIBE = `subscription Events($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { ${EVENT_FIELDS} }
}`;

export type LiveEvent = { __typename: string; seq: number; [field: string]: any };

/** Resolves when `check` returns true, or fails after `timeoutMs` saying what it waited for. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function wsClient(url: string, connectionParams: Record<string, unknown> = {}): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams,
    // A dropped connection reaches the subscriptions as their error; the tests look there.
    onNonLazyError: () => {},
  });
}

export interface EventLog {
  events: LiveEvent[];
  errors: unknown[];
  completed: boolean;
  /** Waits until the events include seq `seq`. */
  untilSeq: (seq: number, timeoutMs?: number) => Promise<void>;
  stop: () => void;
}

/** Subscribes to a meeting's events and collects them. */
export function followMeeting(
  client: Client,
  meetingId: string,
  afterSeq: number | null = null,
  query = SUBSCRIBE,
): EventLog {
  const log: EventLog = {
    events: [],
    errors: [],
    completed: false,
    untilSeq: (seq, timeoutMs) =>
      waitFor(() => log.events.some((e) => e.seq >= seq) || log.errors.length > 0, `event ${seq}`, timeoutMs).then(
        () => {
          if (log.errors.length > 0) throw new Error(JSON.stringify(log.errors));
        },
      ),
    stop: () => {},
  };
  log.stop = client.subscribe(
    { query, variables: { meetingId, afterSeq } },
    {
      next: (result) => {
        if (result.errors) log.errors.push(result.errors);
        else log.events.push((result.data as any).meetingEvents);
      },
      error: (error) => log.errors.push(error),
      complete: () => {
        log.completed = true;
      },
    },
  );
  return log;
}

/** The first (and only) error a subscription ends with. */
export async function subscriptionError(client: Client, meetingId: string, afterSeq: number | null) {
  const log = followMeeting(client, meetingId, afterSeq);
  await waitFor(() => log.errors.length > 0 || log.completed, 'the subscription to end');
  const [errors] = log.errors as any[];
  return Array.isArray(errors) ? errors[0] : errors;
}

/** The HTTP client of one participant (their key travels as the temporary participant header). */
export function participantGql(server: TestServer, participant: string, displayName = participant) {
  return graphqlClient(`${server.url}/graphql`, {
    'x-planwerk-participant': participant,
    'x-planwerk-participant-name': encodeURIComponent(displayName),
  });
}

export async function meetingSeq(server: TestServer, meetingId: string): Promise<number> {
  const { data } = await server.gql(`query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meetingId });
  return data!.meeting.eventSeq as number;
}

/** A co-editing client: a Yjs document of one position, fed by events, sending its own edits. */
export class YjsEditor {
  readonly doc = new Y.Doc();
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly gql: ReturnType<typeof graphqlClient>,
    readonly positionId: string,
  ) {}

  async load(): Promise<void> {
    const { data, errors } = await this.gql(`query ($id: ID!) { positionDoc(positionId: $id) { state } }`, {
      id: this.positionId,
    });
    if (errors) throw new Error(JSON.stringify(errors));
    Y.applyUpdate(this.doc, Buffer.from(data!.positionDoc.state, 'base64'), 'server');
  }

  get text(): string {
    return this.doc.getText('text').toString();
  }

  /** Applies a PositionEdited event of this position. */
  receive(event: LiveEvent): void {
    if (event.__typename === 'PositionEdited' && event.positionId === this.positionId) {
      Y.applyUpdate(this.doc, Buffer.from(event.update, 'base64'), 'server');
    }
  }

  /** Edits locally and sends the update; resolves with the server's answer. */
  edit(change: (text: Y.Text) => void): Promise<any> {
    const before = Y.encodeStateVector(this.doc);
    this.doc.transact(() => change(this.doc.getText('text')));
    const update = Buffer.from(Y.encodeStateAsUpdate(this.doc, before)).toString('base64');
    return this.send(update);
  }

  send(update: string): Promise<any> {
    return this.gql(
      `mutation ($id: ID!, $update: String!) { applyPositionEdit(positionId: $id, update: $update) { text textVersion } }`,
      {
        id: this.positionId,
        update,
      },
    );
  }

  /** Sends edits one after another, as a typist does. */
  queue(change: (text: Y.Text) => void): Promise<unknown> {
    this.pending = this.pending.then(() => this.edit(change));
    return this.pending;
  }
}

export interface PositionView {
  id: string;
  tableId: string;
  text: string;
  rank: number | null;
  groupId: string | null;
}

/** What a client knows of a meeting's positions, built from events alone (as a client author would). */
export function positionsFromEvents(events: readonly LiveEvent[]): Map<string, PositionView> {
  const positions = new Map<string, PositionView>();
  const put = ({ id, tableId, text, rank, groupId }: PositionView) =>
    positions.set(id, { id, tableId, text, rank, groupId });
  for (const event of events) {
    switch (event.__typename) {
      case 'PositionAdded':
      case 'PositionMoved':
        put(event.position);
        break;
      case 'PositionEdited': {
        const position = positions.get(event.positionId);
        if (position) position.text = event.text;
        break;
      }
      case 'PositionRemoved':
        positions.delete(event.positionId);
        for (const p of positions.values()) if (p.groupId === event.positionId) p.groupId = null;
        break;
      case 'RanksChanged':
        for (const p of positions.values()) if (p.tableId === event.tableId) p.rank = null;
        for (const { positionId, rank } of event.ranks) positions.get(positionId)!.rank = rank;
        break;
      case 'PositionsMerged':
        for (const member of event.members) positions.get(member.id)!.groupId = member.groupId;
        break;
      case 'PositionSeparated':
        positions.get(event.position.id)!.groupId = null;
        break;
    }
  }
  return positions;
}

/** The same, as the server has it now. */
export async function positionsOnServer(server: TestServer, meetingId: string): Promise<Map<string, PositionView>> {
  const { data } = await server.gql(
    `query ($id: ID!) { meeting(id: $id) { workingTables { id positions { id text rank group { id } } } } }`,
    { id: meetingId },
  );
  const positions = new Map<string, PositionView>();
  for (const table of data!.meeting.workingTables) {
    for (const p of table.positions) {
      positions.set(p.id, { id: p.id, tableId: table.id, text: p.text, rank: p.rank, groupId: p.group?.id ?? null });
    }
  }
  return positions;
}

/** Seqs must run 1, 2, 3, … without gap or repeat. */
export function seqs(events: readonly LiveEvent[]): number[] {
  return events.map((event) => event.seq);
}

export function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
