/**
 * The client side of `npm run bench:live`, in a process of its own so the measured server does
 * not share its event loop with hundreds of sockets. Takes tasks from the parent over IPC.
 */
import { randomBytes } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { serveTasks } from './client-process';
import { openFloorSocket } from './floor-socket';
import { type ClientTask, type CoeditResult, type Delivered, Deliveries, summarise } from './live-stats';

const EVENTS = `subscription Events($meetingId: ID!) { meetingEvents(meetingId: $meetingId) {
  seq ... on PositionEdited { positionId update text textVersion } } }`;

async function gql(url: string, query: string, variables: object, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** Joins the meeting as a guest, as a participant's phone does, and returns the session token. */
async function join(url: string, code: string, displayName: string): Promise<string> {
  const { data, errors } = await gql(
    url,
    `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`,
    {
      input: { code, displayName },
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data.joinMeeting.token;
}

/** A mutation sent over the typist's own graphql-ws socket, as an editor binding would. */
function overSocket(client: Client, query: string, variables: Record<string, unknown>): Promise<{ errors?: unknown }> {
  return new Promise((resolve, reject) => {
    let answer: { errors?: unknown } = {};
    client.subscribe(
      { query, variables },
      { next: (result) => (answer = result), error: reject, complete: () => resolve(answer) },
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

interface Subscriber {
  client: Client;
  lastSeq: number;
  onEvent: (event: any, at: number) => void;
}

function subscribe(wsUrl: string, meetingId: string, token: string, onEvent: Subscriber['onEvent']): Subscriber {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { token },
    onNonLazyError: () => {},
  });
  const subscriber: Subscriber = { client, lastSeq: 0, onEvent };
  client.subscribe(
    { query: EVENTS, variables: { meetingId } },
    {
      next: (result) => {
        const at = performance.now();
        const event = (result.data as any)?.meetingEvents;
        if (!event) throw new Error(JSON.stringify(result.errors));
        subscriber.lastSeq = event.seq;
        subscriber.onEvent(event, at);
      },
      error: (error) => console.error('subscription failed', error),
      complete: () => {},
    },
  );
  return subscriber;
}

async function eventSeq(url: string, meetingId: string, token: string): Promise<number> {
  return (await gql(url, `query ($id: ID!) { meeting(id: $id) { eventSeq } }`, { id: meetingId }, token)).data.meeting
    .eventSeq;
}

/** Waits until every subscriber has seen the meeting's newest event. */
async function quiet(url: string, meetingId: string, token: string, subscribers: Subscriber[]) {
  const seq = await eventSeq(url, meetingId, token);
  await until(() => subscribers.every((s) => s.lastSeq >= seq), `all subscribers to reach event ${seq}`);
}

let fanout: Subscriber[] = [];
const edits = new Deliveries();

async function loadDoc(url: string, positionId: string, token: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const { data } = await gql(
    url,
    `query ($id: ID!) { positionDoc(positionId: $id) { state } }`,
    { id: positionId },
    token,
  );
  Y.applyUpdate(doc, Buffer.from(data.positionDoc.state, 'base64'));
  return doc;
}

function typeInto(doc: Y.Doc, change: (text: Y.Text) => void): string {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc.getText('text')));
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

const EDIT = `mutation ($id: ID!, $u: String!) { applyPositionEdit(positionId: $id, update: $u) { textVersion } }`;

async function run(task: ClientTask): Promise<unknown> {
  switch (task.kind) {
    case 'subscribe': {
      const onEvent = (event: any, at: number) => edits.received(event.update, at);
      for (let i = 0; i < task.count; i += 1) {
        const token = await join(task.url, task.code, `bench-${i}`);
        fanout.push(subscribe(task.wsUrl, task.meetingId, token, onEvent));
        if (i % 25 === 24) await sleep(20);
      }
      await until(() => fanout.every((s) => s.lastSeq > 0), 'every subscriber to see its own presence');
      await quiet(task.url, task.meetingId, task.token, fanout);
      return { subscribed: fanout.length };
    }
    case 'edits': {
      const doc = await loadDoc(task.url, task.positionId, task.token);
      edits.reset();
      let acknowledged: number[] = [];
      const warmup = Math.min(10, Math.floor(task.edits / 5));
      for (let i = 0; i < task.edits + warmup; i += 1) {
        if (i === warmup) {
          edits.reset();
          acknowledged = [];
        }
        const update = typeInto(doc, (text) => text.insert(text.length, 'x'));
        const sent = performance.now();
        edits.sent(update, sent);
        const response = await gql(task.url, EDIT, { id: task.positionId, u: update }, task.token);
        acknowledged.push(performance.now() - sent);
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        await sleep(task.intervalMs);
      }
      const expected = task.edits * fanout.length;
      await until(() => edits.count >= expected, `${expected} deliveries`);
      return { ...edits.summary(), acknowledged: summarise(acknowledged) };
    }
    case 'unsubscribe': {
      await Promise.all(fanout.map((s) => s.client.dispose()));
      fanout = [];
      edits.reset();
      return { unsubscribed: true };
    }
    case 'floor':
      return floor(task);
    case 'coedit':
      return coedit(task);
  }
}

/**
 * The same payload over plain `ws`: one socket triggers, the server broadcasts to all. Its keys
 * and texts are as long as the edits' updates and texts, message by message.
 */
async function floor(task: Extract<ClientTask, { kind: 'floor' }>): Promise<Delivered> {
  const messages = new Deliveries();
  const open = (path: string) => openFloorSocket(`${task.floorUrl}${path}`);
  const sockets: WebSocket[] = [];
  for (let i = 0; i < task.count; i += 1) {
    const socket = await open('/listen');
    socket.on('message', (data) => {
      const at = performance.now();
      messages.received(JSON.parse(String(data)).payload.data.meetingEvents.update, at);
    });
    sockets.push(socket);
  }
  const trigger = await open('/trigger');
  await sleep(200);
  const warmup = Math.min(10, Math.floor(task.messages / 5));
  for (let i = 0; i < task.messages + warmup; i += 1) {
    if (i === warmup) messages.reset();
    // As long as a one-letter Yjs update in base64.
    const key = randomBytes(18).toString('base64');
    messages.sent(key, performance.now());
    trigger.send(task.sample.replace('UPDATE', key).replace('TEXT', `${task.text}${'x'.repeat(i + 1)}`));
    await sleep(task.intervalMs);
  }
  await until(() => messages.count >= task.messages * task.count, 'floor deliveries');
  for (const socket of [...sockets, trigger]) socket.close();
  return messages.summary();
}

/** Typists at `perSecond` keystrokes each, in one position; every keystroke is one Yjs update. */
async function coedit(task: Extract<ClientTask, { kind: 'coedit' }>): Promise<CoeditResult> {
  const sent = new Map<string, { at: number; by: number }>();
  const samples: number[] = [];
  const acknowledged: number[] = [];
  let keystrokes = 0;
  let refused = 0;
  const typists = await Promise.all(
    Array.from({ length: task.clients }, async (_, id) => {
      const token = await join(task.url, task.code, `typist-${id}`);
      const doc = await loadDoc(task.url, task.positionId, token);
      const typist = {
        doc,
        queue: Promise.resolve() as Promise<unknown>,
        subscriber: subscribe(task.wsUrl, task.meetingId, token, (event, at) => {
          if (!event.update) return;
          Y.applyUpdate(doc, Buffer.from(event.update, 'base64'));
          const origin = sent.get(event.update);
          if (origin && origin.by !== id) samples.push(at - origin.at);
        }),
      };
      return typist;
    }),
  );
  await quiet(
    task.url,
    task.meetingId,
    task.token,
    typists.map((t) => t.subscriber),
  );
  const letters = 'abcdefghijklmnopqrstuvwxyzäöüß ';
  const stopAt = Date.now() + task.seconds * 1000;
  await Promise.all(
    typists.map(async (typist, id) => {
      // Start out of step, like people do.
      await sleep(Math.random() * (1000 / task.perSecond));
      while (Date.now() < stopAt) {
        const update = typeInto(typist.doc, (text) => {
          const at = Math.floor(Math.random() * (text.length + 1));
          if (text.length > 400 && Math.random() < 0.5) text.delete(Math.min(at, text.length - 1), 1);
          else text.insert(at, letters[Math.floor(Math.random() * letters.length)]!);
        });
        keystrokes += 1;
        sent.set(update, { at: performance.now(), by: id });
        // Keystrokes of one typist travel in order, as an editor binding sends them.
        const typed = performance.now();
        typist.queue = typist.queue.then(async () => {
          const response = await overSocket(typist.subscriber.client, EDIT, { id: task.positionId, u: update });
          acknowledged.push(performance.now() - typed);
          if (response.errors) refused += 1;
        });
        await sleep(1000 / task.perSecond);
      }
      await typist.queue;
    }),
  );
  await quiet(
    task.url,
    task.meetingId,
    task.token,
    typists.map((t) => t.subscriber),
  );
  const { data } = await gql(
    task.url,
    `query ($id: ID!) { positionDoc(positionId: $id) { text } }`,
    { id: task.positionId },
    task.token,
  );
  const texts = new Set(typists.map((t) => t.doc.getText('text').toString()));
  await Promise.all(typists.map((t) => t.subscriber.client.dispose()));
  return {
    keystrokes,
    refused,
    latency: summarise(samples),
    acknowledged: summarise(acknowledged),
    converged: texts.size === 1 && texts.has(data.positionDoc.text),
    textLength: data.positionDoc.text.length,
  };
}

serveTasks(run);
