import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../api/graphql';

/** The viewer rules the pages for next steps, committees and budget data offer controls by. */
const ViewerCanQuery = graphql(`
  query ViewerCan {
    me {
      viewerCan {
        task { create }
        committee { create }
        budget { write }
        region { manage }
      }
    }
  }
`);

export type ViewerCan = NonNullable<ResultOf<typeof ViewerCanQuery>['me']>['viewerCan'];

/**
 * What the viewer may do apart from any one record (`me.viewerCan`), as the server's rules
 * answer it; null while unknown and for anonymous visitors. A control is offered where it says true.
 */
export function useViewerCan(): ViewerCan | null {
  const [{ data }] = useQuery({ query: ViewerCanQuery });
  return data?.me?.viewerCan ?? null;
}
