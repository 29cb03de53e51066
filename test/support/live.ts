import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type Gql, type GqlClient, joinAsGuest, type SessionClient, signInAs } from './auth';
import { openJoin } from './factories';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

/** Everything the live tests select of an event. */
export const EVENT_FIELDS = `__typename seq meetingId at
  ... on PositionAdded { position { id tableId text version textVersion rank groupId } }
  ... on PositionEdited { positionId tableId update text textVersion editorName }
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
  ... on TaskCreated { task { id items dueLabel sourcePositionId } }
  ... on TaskUpdated { task { id items dueLabel status } }
  ... on TaskRemoved { taskId }
  ... on MeetingChanged { meeting { id title place closedAt joinOpen } }`;

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

/** A graphql-ws client of one session (its token in connectionParams), connected at once and never retrying. */
export function wsClient(url: string, token: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { token },
    // A dropped connection reaches the subscriptions as their error; the tests look there.
    onNonLazyError: () => {},
  });
}

export interface EventLog {
  /** Every event, in the order received. */
  all: LiveEvent[];
  /**
   * The events without PresenceChanged: every signed-in subscriber is present, the specs' own
   * watchers included, so presence would otherwise interleave with what a spec is about.
   */
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
  { query = SUBSCRIBE, presence = false }: { query?: string; presence?: boolean } = {},
): EventLog {
  const log: EventLog = {
    all: [],
    events: [],
    errors: [],
    completed: false,
    untilSeq: (seq, timeoutMs) =>
      waitFor(() => log.all.some((e) => e.seq >= seq) || log.errors.length > 0, `event ${seq}`, timeoutMs).then(() => {
        if (log.errors.length > 0) throw new Error(JSON.stringify(log.errors));
      }),
    stop: () => {},
  };
  log.stop = client.subscribe(
    { query, variables: { meetingId, afterSeq } },
    {
      next: (result) => {
        if (result.errors) return void log.errors.push(result.errors);
        const event: LiveEvent = (result.data as any).meetingEvents;
        log.all.push(event);
        if (presence || event.__typename !== 'PresenceChanged') log.events.push(event);
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

/**
 * The participants of live meetings in a spec: guests who joined a meeting by its code, one per
 * meeting and key, joined on first use and the same session afterwards. `facilitator` opens the
 * meetings for joining.
 */
export function liveGuests(server: TestServer, facilitator: GqlClient) {
  const joined = new Map<string, Promise<SessionClient>>();
  const session = (meetingId: string, key: string, name = key): Promise<SessionClient> => {
    const id = `${meetingId}|${key}`;
    let guest = joined.get(id);
    if (!guest) {
      guest = openJoin(facilitator, meetingId).then((code) => joinAsGuest(server, code, name));
      joined.set(id, guest);
    }
    return guest;
  };
  /** The guest's HTTP client, usable at once: the guest joins with the first request. */
  const gql =
    (meetingId: string, key: string, name?: string): Gql =>
    async (query, variables) =>
      (await session(meetingId, key, name)).gql(query, variables);
  return { session, gql };
}

export type LiveGuests = ReturnType<typeof liveGuests>;

/** A test server for live specs: an admin who sets meetings up and runs them (admins facilitate every meeting), and the guests who take part. */
export async function startLiveServer(options?: TestServerOptions) {
  const server = await startTestServer(options);
  const admin = await signInAs(server, 'admin');
  return { server, admin, guests: liveGuests(server, admin) };
}

export async function meetingSeq(client: GqlClient, meetingId: string): Promise<number> {
  const { data } = await client.gql(`query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meetingId });
  return data!.meeting.eventSeq as number;
}

/** A co-editing client: a Yjs document of one position, fed by events, sending its own edits. */
export class YjsEditor {
  readonly doc = new Y.Doc();
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly gql: Gql,
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
export async function positionsOnServer(client: GqlClient, meetingId: string): Promise<Map<string, PositionView>> {
  const { data } = await client.gql(
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

/** Seqs must run 1, 2, 3, … without gap or repeat; `upTo` leaves out what came after (e.g. presence). */
export function seqs(events: readonly LiveEvent[], upTo = Number.POSITIVE_INFINITY): number[] {
  return events.map((event) => event.seq).filter((seq) => seq <= upTo);
}

export function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
