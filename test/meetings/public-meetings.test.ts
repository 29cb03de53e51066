import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const PUBLIC = `{ publicMeetings { id title place publishedAt } }`;
const PUBLISH = `mutation ($id: ID!, $published: Boolean!) { updateMeeting(id: $id, input: { published: $published }) { publishedAt } }`;

describe('published meeting summaries', () => {
  let server: TestServer;
  let facilitator: SessionClient;
  let meetingId: string;

  beforeAll(async () => {
    server = await startTestServer();
    facilitator = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(facilitator, { title: 'Fachtag Sozialraumbudget', place: 'Rathaus Zehlendorf' }))
      .id;
    await buildMeeting(facilitator, { title: 'Interne Vorbereitung' });
  });
  afterAll(() => server.close());

  it('show anonymous visitors nothing until a facilitator publishes, and nothing but the summary after', async () => {
    expect((await server.gql(PUBLIC)).data!.publicMeetings).toEqual([]);
    const published = await facilitator.gql(PUBLISH, { id: meetingId, published: true });
    expect(published.data!.updateMeeting.publishedAt).not.toBeNull();

    const { data } = await server.gql(PUBLIC);
    expect(data!.publicMeetings).toEqual([
      {
        id: meetingId,
        title: 'Fachtag Sozialraumbudget',
        place: 'Rathaus Zehlendorf',
        publishedAt: published.data!.updateMeeting.publishedAt,
      },
    ]);
    expect(errorCode(await server.gql(`query ($id: ID!) { meeting(id: $id) { title } }`, { id: meetingId }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await server.gql(`{ publicMeetings { workingTables { id } } }`))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );

    await facilitator.gql(PUBLISH, { id: meetingId, published: false });
    expect((await server.gql(PUBLIC)).data!.publicMeetings).toEqual([]);
  });
});
