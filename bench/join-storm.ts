/**
 * `npm run bench:joins` — a venue network: 300 guests join one meeting from one public address
 * under the production rate limits, as 30 phones at a time (every tenth mistyping the code
 * first) and all at once. Each storm comes from an address of its own (a trusted proxy reports
 * it), so they do not share budgets. The floor: 300 anonymous `{ __typename }` from one address
 * at the same concurrency, in the same run.
 */
import { buildApp } from '../server/app';
import { Account } from '../server/auth/account.entity';
import { hashPassword } from '../server/auth/passwords';
import { newJoinCode } from '../server/auth/tokens';
import { parseEnv } from '../server/env';
import { createLogger } from '../server/logger';
import { Person } from '../server/people/person.entity';
import { scratchDatabase } from './scratch-database';

const GUESTS = 300;
const AT_ONCE = 30;
const JOIN = `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`;

const env = parseEnv({ ...process.env, LOG_LEVEL: 'warn', PLANWERK_TRUST_PROXY: 'true' });
const logger = createLogger('warn');
const { orm, drop } = await scratchDatabase(env, logger);
const app = await buildApp({ env, orm, logger });
const endpoint = `http://127.0.0.1:${await app.listen(0)}/graphql`;

async function post(address: string, query: string, variables?: object, token?: string) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { data: body.data, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
}

/** Runs `work` for 0…count-1, `width` at a time; resolves with the answers and the milliseconds taken. */
async function timed<T>(count: number, width: number, work: (index: number) => Promise<T[]>) {
  const started = performance.now();
  const answers: T[] = [];
  for (let start = 0; start < count; start += width) {
    const wave = Array.from({ length: Math.min(width, count - start) }, (_, offset) => work(start + offset));
    answers.push(...(await Promise.all(wave)).flat());
  }
  return { answers, ms: Math.round(performance.now() - started) };
}

async function openMeeting(): Promise<string> {
  const em = orm.em.fork();
  const password = 'bench-passwort-123';
  const person = em.create(Person, { name: 'Moderation' });
  const email = `${newJoinCode().toLowerCase()}@bench.example`;
  em.create(Account, { person, email, isAdmin: true, grants: [], passwordHash: await hashPassword(password) });
  await em.flush();
  const token = (
    await post('192.0.2.1', `mutation { signIn(input: { email: "${email}", password: "${password}" }) { token } }`)
  ).data.signIn.token as string;
  const meetingId = (
    await post(
      '192.0.2.1',
      `mutation { createMeeting(input: { title: "Fachtag", startsAt: "2026-12-01T09:00:00Z" }) { id } }`,
      {},
      token,
    )
  ).data.createMeeting.id as string;
  return (
    await post(
      '192.0.2.1',
      `mutation ($id: ID!) { openMeetingJoin(meetingId: $id) { joinCode } }`,
      { id: meetingId },
      token,
    )
  ).data.openMeetingJoin.joinCode as string;
}

async function storm(address: string, width: number) {
  const code = await openMeeting();
  const typo = (): string => {
    const wrong = newJoinCode();
    return wrong === code ? typo() : wrong;
  };
  const { answers, ms } = await timed(GUESTS, width, async (index) => {
    const codes = index % 10 === 0 && width < GUESTS ? [typo(), code] : [code];
    const results = [];
    for (const attempt of codes)
      results.push((await post(address, JOIN, { input: { code: attempt, displayName: `Gast ${index}` } })).code);
    return results;
  });
  const count = (code: string) => answers.filter((answer) => answer === code).length;
  return { joined: count('OK'), typos: count('BAD_USER_INPUT'), refused: count('RATE_LIMITED'), ms };
}

try {
  const floor = await timed(GUESTS, AT_ONCE, async () => [(await post('192.0.2.10', '{ __typename }')).code]);
  const rows = {
    [`floor: ${GUESTS} × { __typename }, ${AT_ONCE} at a time`]: { joined: '', typos: '', refused: '', ms: floor.ms },
    [`${GUESTS} joins, ${AT_ONCE} at a time, every 10th mistyped first`]: await storm('192.0.2.20', AT_ONCE),
    [`${GUESTS} joins, all at once`]: await storm('192.0.2.30', GUESTS),
  };
  console.log(`Guests joining one meeting from one address (production limits):`);
  console.table(rows);
} finally {
  await app.close();
  await drop();
}
