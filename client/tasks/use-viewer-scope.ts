import { useQuery } from 'urql';
import { bodiesOf } from '../session/memberships';
import { useViewer } from '../session/viewer';
import { ViewerBodiesQuery } from './task.operations';
import type { ViewerScope } from './task-filter';

/**
 * Who "mine" and "my bodies" stand for: null for guests and anonymous visitors, undefined while
 * the bodies are still loading. The committees load only when `withBodies` asks for them.
 */
export function useViewerScope(withBodies: boolean, today: string): ViewerScope | null | undefined {
  const viewer = useViewer();
  const personId = viewer?.personId ?? null;
  const [{ data }] = useQuery({ query: ViewerBodiesQuery, pause: !withBodies || !personId });
  if (!personId) return null;
  if (!withBodies) return { personId, bodyIds: [] };
  return data && { personId, bodyIds: bodiesOf(data.committees, personId, today) };
}
