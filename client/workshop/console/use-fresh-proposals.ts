import { useEffect } from 'react';
import { useClient, useQuery } from 'urql';
import type { MeetingLive } from '../live/use-meeting-live';
import { ProposalsQuery, type TopFiveProposal } from './console.operations';

/**
 * Events after which the server's top-five proposal may read differently. It is computed from the
 * dots and their visibility on the server, and no event carries it.
 */
const PROPOSAL_EVENTS: ReadonlySet<string> = new Set([
  'VotesChanged',
  'VoteVisibilityChanged',
  'PositionsMerged',
  'PositionSeparated',
  'PositionRemoved',
]);

/**
 * The tables' top-five proposals by table id. Asks the server for them at first and again after such events, one request at a time and
 * once more if events came while one was on its way: an answer sent before the last event must
 * not be the last word (votes arrive in bursts).
 */
export function useFreshProposals(live: MeetingLive, meetingId: string): ReadonlyMap<string, TopFiveProposal> {
  const client = useClient();
  const [{ data }] = useQuery({ query: ProposalsQuery, variables: { id: meetingId }, requestPolicy: 'cache-only' });
  useEffect(() => {
    let wanted = 1;
    let asked = 0;
    let running = false;
    const ask = async () => {
      running = true;
      while (asked < wanted) {
        asked = wanted;
        await client.query(ProposalsQuery, { id: meetingId }, { requestPolicy: 'network-only' }).toPromise();
      }
      running = false;
    };
    void ask();
    return live.listen((event) => {
      if (!PROPOSAL_EVENTS.has(event.__typename)) return;
      wanted += 1;
      if (!running) void ask();
    });
  }, [client, live, meetingId]);
  return new Map(data?.meeting.workingTables.map((table) => [table.id, table.topFiveProposal]));
}
