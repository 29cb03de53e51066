import { createContext, useContext } from 'react';
import { graphql, type ResultOf } from '../api/graphql';
import { personName } from '../committees/people';

export const MeQuery = graphql(`
  query Me {
    me {
      kind
      account {
        id
        isAdmin
        person { id name title organization { id name shortName } }
      }
      guest { id displayName organizationName meeting { id } }
    }
  }
`);

/**
 * The person using the app: someone signed in with an account, or a guest who joined one
 * meeting with its code. `id` is the person's id for users and the guest's for guests.
 */
export type Viewer =
  | {
      kind: 'user';
      id: string;
      personId: string;
      name: string;
      isAdmin: boolean;
      organization: string | null;
    }
  | {
      kind: 'guest';
      id: string;
      personId: null;
      name: string;
      organization: string | null;
      /** The one meeting the guest may see. */
      meetingId: string;
    };

export function viewerFrom(me: ResultOf<typeof MeQuery>['me'] | undefined): Viewer | null {
  if (me?.account) {
    const { person, isAdmin } = me.account;
    const organization = person.organization?.shortName ?? person.organization?.name ?? null;
    return { kind: 'user', id: person.id, personId: person.id, name: personName(person), isAdmin, organization };
  }
  if (me?.guest) {
    const { id, displayName, organizationName, meeting } = me.guest;
    return {
      kind: 'guest',
      id,
      personId: null,
      name: displayName,
      organization: organizationName ?? null,
      meetingId: meeting.id,
    };
  }
  return null;
}

export interface ViewerState {
  viewer: Viewer | null;
  /** False until the server has said who this is for the first time. */
  known: boolean;
}

export const ViewerContext = createContext<ViewerState>({ viewer: null, known: false });

/** Who is signed in or has joined a meeting; null for anonymous visitors (and until known). */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext).viewer;
}

export function useViewerState(): ViewerState {
  return useContext(ViewerContext);
}
