import { createContext, useContext } from 'react';
import type { MeetingLive } from './use-meeting-live';

/** The meeting's live events for the parts of a page that need them raw (co-edited texts). */
export const MeetingLiveContext = createContext<MeetingLive | null>(null);

export function useMeetingLiveContext(): MeetingLive {
  const live = useContext(MeetingLiveContext);
  if (!live) throw new Error('useMeetingLiveContext needs a MeetingLiveContext provider');
  return live;
}
