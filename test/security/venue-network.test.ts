import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Guest } from '../../server/auth/guest.entity';
import { newJoinCode } from '../../server/auth/tokens';
import { createUser, signIn, signInAs } from '../support/auth';
import { buildMeeting } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const OPEN = `mutation ($id: ID!) { openMeetingJoin(meetingId: $id) { joinCode } }`;
const JOIN = `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`;
const GUESTS = 300;
/** Phones pressing "join" at the very same moment. */
const AT_ONCE = 30;

/** Runs `work` for 0…count-1, `width` at a time. */
async function inWaves<T>(count: number, width: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    const wave = Array.from({ length: Math.min(width, count - start) }, (_, offset) => work(start + offset));
    results.push(...(await Promise.all(wave)));
  }
  return results;
}

describe('a venue network: a whole conference behind one public address, with the production limits', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  // Hundreds of requests, on machines that run other suites too: more time than the usual 30 s.
  it(`lets ${GUESTS} guests join one meeting from one address within a minute, typos and all, and then the AG members sign in`, async () => {
    const facilitator = await signInAs(server, 'admin');
    const meeting = await buildMeeting(facilitator);
    const code = (await facilitator.gql(OPEN, { id: meeting.id })).data!.openMeetingJoin.joinCode as string;
    const typo = (): string => {
      const wrong = newJoinCode();
      return wrong === code ? typo() : wrong;
    };

    // Every tenth person mistypes the code first and then gets it right.
    const answers = await inWaves(GUESTS, AT_ONCE, async (index) => {
      const typed = index % 10 === 0 ? [typo(), code] : [code];
      const responses = [];
      for (const attempt of typed)
        responses.push(await server.gql(JOIN, { input: { code: attempt, displayName: `Gast ${index}` } }));
      return responses;
    });
    const codes = answers.flat().map((response) => errorCode(response) ?? 'OK');
    expect(codes.filter((answer) => answer !== 'OK' && answer !== 'BAD_USER_INPUT')).toEqual([]);
    expect(codes.filter((answer) => answer === 'OK')).toHaveLength(GUESTS);
    expect(await server.db.orm.em.fork().count(Guest, { meeting: meeting.id })).toBe(GUESTS);

    const members = await Promise.all(Array.from({ length: 5 }, () => createUser(server)));
    await Promise.all(members.map((member) => signIn(server, member.email)));
  }, 120_000);
});
