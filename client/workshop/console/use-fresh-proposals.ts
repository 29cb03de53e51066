import { useEffect } from 'react';
import { useClient, useQuery } from 'urql';
import type { MeetingLive } from '../live/use-meeting-live';
import { coalesced } from './coalesced';
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
 * The tables' top-five proposals by table id. Asks the server at first and again after such
 * events, coalesced: votes arrive in bursts, and an answer sent before the last event must not be
 * the last word.
 */
export function useFreshProposals(live: MeetingLive, meetingId: string): ReadonlyMap<string, TopFiveProposal> {
  const client = useClient();
  const [{ data }] = useQuery({ query: ProposalsQuery, variables: { id: meetingId }, requestPolicy: 'cache-only' });
  useEffect(() => {
    const refresh = coalesced(() =>
      client.query(ProposalsQuery, { id: meetingId }, { requestPolicy: 'network-only' }).toPromise(),
    );
    refresh();
    return live.listen((event) => {
      if (PROPOSAL_EVENTS.has(event.__typename)) refresh();
    });
  }, [client, live, meetingId]);
  return new Map(data?.meeting.workingTables.map((table) => [table.id, table.topFiveProposal]));
}
