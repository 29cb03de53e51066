import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildTable } from '../support/factories';
import { followMeeting, waitFor, wsClient } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

// live.policy.ts's mayStillReceive will ask access whether a session may still see the meeting;
// here it says no to one participant, as it will when a session ends or a participant is removed.
vi.mock('../../server/live/live.policy', async (importOriginal) => {
  const policy = await importOriginal<typeof import('../../server/live/live.policy')>();
  return {
    ...policy,
    mayStillReceive: async (ctx: Parameters<typeof policy.mayStillReceive>[0]) =>
      policy.participantKey(ctx) !== 'removed',
  };
});

describe('a subscriber who may no longer follow the meeting', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('gets FORBIDDEN at the next event instead of the event, while others go on', async () => {
    const meeting = await buildMeeting(server);
    const removed = wsClient(server.wsUrl, { participant: 'removed' });
    const other = wsClient(server.wsUrl, { participant: 'other' });
    const cut = followMeeting(removed, meeting.id, 0);
    const kept = followMeeting(other, meeting.id, 0);
    await buildTable(server, meeting.id);
    await waitFor(() => cut.errors.length > 0, 'the refusal');
    expect((cut.errors[0] as any)[0].extensions).toEqual({ code: 'FORBIDDEN' });
    expect(cut.events).toEqual([]);
    await waitFor(() => kept.events.some((e) => e.__typename === 'TableChanged'), 'the table event');
    await Promise.all([removed.dispose(), other.dispose()]);
  });
});
