import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../api/graphql';

/** The viewer rules the pages and the navigation offer controls by: meetings and their templates, next steps, committees, budget data, accounts. */
const ViewerCanQuery = graphql(`
  query ViewerCan {
    me {
      viewerCan {
        meeting { create }
        protocol { import }
        meetingTemplate { manage }
        task { create }
        committee { create }
        budget { read write }
        directory { read }
        region { manage }
        account { manage }
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
