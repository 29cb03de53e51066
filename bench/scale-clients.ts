/**
 * The participants and facilitators of `npm run bench:scale`, in a process of their own so that
 * the measured servers do not share an event loop with them; one clock for sending and receipt.
 * Takes tasks from the parent over IPC.
 */
import WebSocket from 'ws';
import { ResumingFollower, seqViolations } from '../test/support/resuming-follower';
import { type Delivered, Deliveries, type Latency, summarise } from './live-stats';

const EVENTS = `subscription ($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { __typename seq ... on PositionAdded { position { text } } }
}`;

/** A meeting as its participants reach it: `venue` is the public address its guests share. */
export interface VenueMeeting {
  meetingId: string;
  tableId: string;
  code: string;
  venue: string;
  /** A facilitator's session, writing into this meeting only (mutations are limited per session). */
  token: string;
}

export type ScaleTask =
  | { kind: 'join'; url: string; wsUrl: string; meetings: VenueMeeting[]; perMeeting: number }
  | { kind: 'write'; url: string; meetings: VenueMeeting[]; intervalMs: number; seconds: number }
  | { kind: 'leave' }
  | { kind: 'floor'; floorUrl: string; groups: number; perGroup: number; intervalMs: number; seconds: number };

export interface WriteResult extends Delivered {
  participants: number;
  acknowledged: number;
  refused: number;
  mutation: Latency;
  /** From the writer's answer to each receipt (0 when the event came first): what the fan-out adds to the write. */
  afterAnswer: Latency;
  /** Acknowledged writes that some participant of the meeting never received. */
  missing: number;
  /** Seqs repeated, out of order or skipped, summed over participants. */
  violations: number;
  reconnects: number;
  example?: string;
}

interface Participant {
  meetingId: string;
  from: number;
  follower: ResumingFollower;
  texts: Set<string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();
let participants: Participant[] = [];
const deliveries = new Deliveries();
/** Receipt times per card, and when its writer had the answer, for the fan-out after the write. */
const receipts = new Map<string, number[]>();
const answered = new Map<string, number>();

async function gql(url: string, query: string, variables: object, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.headers.get('content-type')?.includes('json')) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** HTTP answers that were not GraphQL (the proxy's 502/503/504 pages), each tried again as a phone would. */
const httpFailures: string[] = [];

async function retried<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      httpFailures.push(String(error));
      if (attempt === 5) throw error;
      await sleep(1_000);
    }
  }
}

/** A guest joins by code from the venue's address, reads where the meeting stands and follows it from there. */
async function joinOne(url: string, wsUrl: string, meeting: VenueMeeting, name: string): Promise<Participant> {
  const venue = { 'x-forwarded-for': meeting.venue };
  const joined = await retried(() =>
    gql(
      url,
      `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`,
      { input: { code: meeting.code, displayName: name } },
      venue,
    ),
  );
  if (joined.errors) throw new Error(JSON.stringify(joined.errors));
  const token: string = joined.data.joinMeeting.token;
  const headers = { ...venue, authorization: `Bearer ${token}` };
  const { data } = await retried(() =>
    gql(url, `query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meeting.meetingId }, headers),
  );
  const from: number = data.meeting.eventSeq;
  const texts = new Set<string>();
  const follower = new ResumingFollower({
    wsUrl,
    token,
    meetingId: meeting.meetingId,
    query: EVENTS,
    afterSeq: from,
    headers: venue,
    onEvent: (event, at) => {
      if (event.__typename !== 'PositionAdded') return;
      const { text } = (event as unknown as { position: { text: string } }).position;
      texts.add(text);
      deliveries.received(text, at);
      receipts.get(text)?.push(at);
    },
  });
  follower.start();
  return { meetingId: meeting.meetingId, from, follower, texts };
}

async function join(task: Extract<ScaleTask, { kind: 'join' }>) {
  const batch: Participant[] = [];
  for (let i = 0; i < task.perMeeting; i += 1) {
    // One guest per meeting at a time: rooms fill side by side, as at a conference.
    batch.push(
      ...(await Promise.all(
        task.meetings.map((meeting) => joinOne(task.url, task.wsUrl, meeting, `Gast ${participants.length + i}`)),
      )),
    );
  }
  participants.push(...batch);
  // Live once each has received something: its own presence, or another's that came after it.
  const live = await until(() => batch.every((p) => p.follower.lastSeq > p.from), 120_000);
  if (!live) throw new Error('participants did not all go live within 120 s');
  return { participants: participants.length, httpFailures: httpFailures.splice(0) };
}

async function write(task: Extract<ScaleTask, { kind: 'write' }>): Promise<WriteResult> {
  deliveries.reset();
  receipts.clear();
  answered.clear();
  const acknowledged = new Map<string, string[]>(task.meetings.map((m) => [m.meetingId, []]));
  const mutation: number[] = [];
  let refused = 0;
  let example: string | undefined;
  const stopAt = Date.now() + task.seconds * 1000;
  await Promise.all(
    task.meetings.map(async (meeting, m) => {
      // Facilitators start out of step, as people do.
      await sleep((task.intervalMs * m) / task.meetings.length);
      for (let i = 0; Date.now() < stopAt; i += 1) {
        const started = now();
        const text = `Karte ${m}.${i} ${started.toFixed(3)}`;
        deliveries.sent(text, started);
        receipts.set(text, []);
        const response = await gql(
          task.url,
          `mutation ($t: ID!, $text: String!) { createPosition(input: { tableId: $t, text: $text }) { id } }`,
          { t: meeting.tableId, text },
          { authorization: `Bearer ${meeting.token}` },
        ).catch((error: unknown) => ({ errors: [String(error)] }));
        if (response.errors) {
          refused += 1;
          example ??= JSON.stringify(response.errors);
        } else {
          answered.set(text, now());
          mutation.push(now() - started);
          acknowledged.get(meeting.meetingId)!.push(text);
        }
        await sleep(Math.max(0, task.intervalMs - (now() - started)));
      }
    }),
  );
  const received = (p: Participant) => acknowledged.get(p.meetingId)!.every((text) => p.texts.has(text));
  await until(() => participants.every(received), 60_000);
  let missing = 0;
  for (const p of participants) missing += acknowledged.get(p.meetingId)!.filter((text) => !p.texts.has(text)).length;
  const afterAnswer = [...answered].flatMap(([text, at]) => receipts.get(text)!.map((r) => Math.max(0, r - at)));
  return {
    ...deliveries.summary(),
    afterAnswer: summarise(afterAnswer),
    participants: participants.length,
    acknowledged: [...acknowledged.values()].reduce((sum, texts) => sum + texts.length, 0),
    refused,
    mutation: summarise(mutation),
    missing,
    violations: participants.reduce(
      (sum, p) =>
        sum +
        seqViolations(
          p.follower.received.map((e) => e.seq),
          p.from,
        ).length,
      0,
    ),
    reconnects: participants.reduce((sum, p) => sum + p.follower.reconnects, 0),
    example,
  };
}

/**
 * The floor: the same number of plain WebSockets in as many groups, a message `intervalMs` apart
 * to each group in turn, broadcast by a bare `ws` server to its group.
 */
async function floor(task: Extract<ScaleTask, { kind: 'floor' }>): Promise<Delivered> {
  const messages = new Deliveries();
  const open = (path: string) =>
    new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`${task.floorUrl}${path}`);
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  const sockets: WebSocket[] = [];
  for (let group = 0; group < task.groups; group += 1) {
    for (let i = 0; i < task.perGroup; i += 1) {
      const socket = await open(`/listen/${group}`);
      socket.on('message', (data) => {
        const at = now();
        messages.received(JSON.parse(String(data)).payload.data.meetingEvents.position.text, at);
      });
      sockets.push(socket);
    }
  }
  const trigger = await open('/trigger');
  await sleep(500);
  const stopAt = Date.now() + task.seconds * 1000;
  const step = task.intervalMs / task.groups;
  for (let i = 0; Date.now() < stopAt; i += 1) {
    const text = `Karte ${i % task.groups}.${i} ${now().toFixed(3)}`;
    messages.sent(text, now());
    trigger.send(JSON.stringify({ group: i % task.groups, text }));
    await sleep(step);
  }
  await sleep(1_000);
  for (const socket of [...sockets, trigger]) socket.close();
  return messages.summary();
}

async function run(task: ScaleTask): Promise<unknown> {
  switch (task.kind) {
    case 'join':
      return join(task);
    case 'write':
      return write(task);
    case 'leave':
      await Promise.all(participants.map((p) => p.follower.stop()));
      participants = [];
      return { left: true };
    case 'floor':
      return floor(task);
  }
}

process.on('message', (task: ScaleTask) => {
  run(task).then(
    (result) => process.send!({ ok: true, result }),
    (error: unknown) => process.send!({ ok: false, error: String(error instanceof Error ? error.stack : error) }),
  );
});
process.send!({ ready: true });
