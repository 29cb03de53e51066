import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { ConnectionStatusContext } from '../../client/api/connection-context';
import { createConnectionStatusStore } from '../../client/api/connection-status';
import { arrival } from '../../client/workshop/live/event-seq';
import { type MeetingEventListener, useMeetingLive } from '../../client/workshop/live/use-meeting-live';
import { event, MEETING_ID } from './support/board-fixture';
import { clientWithLive, until } from './support/fake-api';

describe('seq bookkeeping', () => {
  it('takes the next seq, knows one already seen, and notices a gap', () => {
    expect(arrival(3, 4)).toBe('next');
    expect(arrival(3, 3)).toBe('duplicate');
    expect(arrival(3, 1)).toBe('duplicate');
    expect(arrival(3, 5)).toBe('gap');
    expect(arrival(0, 1)).toBe('next');
  });
});

function followMeeting(eventSeq: number) {
  const api = clientWithLive();
  const connection = createConnectionStatusStore(true);
  connection.setLink('open');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Provider value={api.client}>
      <ConnectionStatusContext value={connection}>{children}</ConnectionStatusContext>
    </Provider>
  );
  const heard: number[] = [];
  const hook = renderHook(() => useMeetingLive(MEETING_ID, eventSeq), { wrapper });
  const listener: MeetingEventListener = (received) => heard.push(received.seq);
  hook.result.current.listen(listener);
  return { ...api, connection, heard, hook };
}

const phase = (seq: number) => event(seq, 'PhaseChanged', { phase: 'GROUP', previousPhase: 'COLLECT' });

describe('useMeetingLive', () => {
  it('starts after the seq the query showed and hears each event once, in order', async () => {
    const { push, variables, heard } = followMeeting(3);
    await until(() => variables.length === 1);
    expect(variables[0]).toEqual({ meetingId: MEETING_ID, afterSeq: 3 });
    act(() => {
      push(phase(4));
      push(phase(4));
      push(phase(5));
    });
    expect(heard).toEqual([4, 5]);
  });

  it('stops while the link is down and goes on from the last seq seen once it is back', async () => {
    const { push, variables, heard, connection, open } = followMeeting(3);
    await until(() => open() === 1);
    act(() => push(phase(4)));
    act(() => connection.setLink('closed'));
    await until(() => open() === 0);
    act(() => connection.setLink('open'));
    await until(() => open() === 1);
    expect(variables.map((started) => started.afterSeq)).toEqual([3, 4]);
    act(() => push(phase(5)));
    expect(heard).toEqual([4, 5]);
  });

  it('starts again from the last seq when the server dropped it for falling behind', async () => {
    const { push, variables, open } = followMeeting(3);
    await until(() => open() === 1);
    act(() => push(phase(4)));
    act(() =>
      push({ errors: [{ message: 'too slow', extensions: { code: 'CONFLICT', reason: 'SUBSCRIBER_TOO_SLOW' } }] }),
    );
    await until(() => variables.length === 2);
    expect(variables[1]).toEqual({ meetingId: MEETING_ID, afterSeq: 4 });
  });

  it('reports any other refusal and does not ask again', async () => {
    const { push, variables, open, hook } = followMeeting(3);
    await until(() => open() === 1);
    act(() => push({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    await until(() => hook.result.current.refusal !== null);
    expect(variables).toHaveLength(1);
  });
});
