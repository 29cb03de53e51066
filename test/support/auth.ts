import { randomUUID } from 'node:crypto';
import { Account, type Grant } from '../../server/auth/account.entity';
import { hashPassword } from '../../server/auth/passwords';
import { SESSION_COOKIE } from '../../server/auth/session-cookie';
import { Organization } from '../../server/organizations/organization.entity';
import { Person } from '../../server/people/person.entity';
import { readDemoAccounts } from '../../server/seed/seed-data';
import { type GraphQLResponse, graphqlClient } from './graphql';
import type { TestServer } from './server';

export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<T>>;

/** Anything that can send GraphQL: a test server (anonymously) or a signed-in client. */
export interface GqlClient {
  gql: Gql;
}

/** A client holding one session, sent as the browser's cookie (or, with `bearer`, as Authorization header). */
export interface SessionClient extends GqlClient {
  token: string;
  headers: Record<string, string>;
}

export const TEST_PASSWORD = 'richtig-geheim-123';

/** A server to sign in at: a test server in this process, or a spawned server process. */
export type ServerAddress = Pick<TestServer, 'url' | 'gql'>;

export interface TestUser {
  accountId: string;
  personId: string;
  email: string;
}

export interface UserOptions {
  name?: string;
  isAdmin?: boolean;
  grants?: Grant[];
  /** The organisation the person works for. */
  organizationId?: string;
}

/** An account with TEST_PASSWORD written straight into the database, as an admin's invitation would end. */
export async function createUser(
  server: TestServer,
  { name = 'Testperson', isAdmin = false, grants = [], organizationId }: UserOptions = {},
): Promise<TestUser> {
  const em = server.db.orm.em.fork();
  const organization = organizationId ? em.getReference(Organization, organizationId) : null;
  const person = em.create(Person, { name, organization });
  const email = `${randomUUID()}@test.example`;
  const account = em.create(Account, {
    person,
    email,
    isAdmin,
    grants,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  await em.flush();
  return { accountId: account.id, personId: person.id, email };
}

export function clientWithToken(server: ServerAddress, token: string, { bearer = false } = {}): SessionClient {
  const headers: Record<string, string> = bearer
    ? { authorization: `Bearer ${token}` }
    : { cookie: `${SESSION_COOKIE}=${token}` };
  return { token, headers, gql: graphqlClient(`${server.url}/graphql`, headers) };
}

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;

export async function signIn(server: ServerAddress, email: string, password = TEST_PASSWORD): Promise<SessionClient> {
  const { data, errors } = await server.gql(SIGN_IN, { input: { email, password } });
  if (errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(errors)}`);
  return clientWithToken(server, data!.signIn.token);
}

/** A fresh user (an admin if asked) signed in; the usual start of a spec that is not about access. */
export async function signInAs(server: TestServer, role: 'admin' | 'user', options: Omit<UserOptions, 'isAdmin'> = {}) {
  const user = await createUser(server, { ...options, isAdmin: role === 'admin' });
  return Object.assign(await signIn(server, user.email), { user });
}

/** One of the demo sign-ins (server/seed/demo-accounts.json); needs `startTestServer({ demo: true })` or a spawned server. */
export async function signInDemo(server: ServerAddress, email: string): Promise<SessionClient> {
  return signIn(server, email, (await readDemoAccounts()).password);
}

const JOIN = `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`;

export async function joinAsGuest(server: ServerAddress, code: string, displayName = 'Gast'): Promise<SessionClient> {
  const { data, errors } = await server.gql(JOIN, { input: { code, displayName } });
  if (errors) throw new Error(`joining with ${code} failed: ${JSON.stringify(errors)}`);
  return clientWithToken(server, data!.joinMeeting.token);
}
