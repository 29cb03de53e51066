import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { Provider as UrqlProvider, useQuery } from 'urql';
import { createPlanwerkClient, type PlanwerkClient, type PlanwerkClientOptions } from '../api/client';
import { MeQuery, ViewerContext, viewerFrom } from '../session/viewer';
import { needsSignIn } from './unauthenticated';

interface Session {
  /**
   * Starts over after signing in or joining: a new client (empty cache, new live link) and the
   * app below mounted afresh, showing pages only once the server has said who this is now.
   */
  restart: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

interface SessionProviderProps extends Pick<PlanwerkClientOptions, 'location' | 'connection'> {
  /** The server wants a session: show the sign-in page, which brings the person back afterwards. */
  onSignInNeeded: () => void;
  children: ReactNode;
}

type ClientSettings = Omit<SessionProviderProps, 'children'>;

/**
 * A client whose refusals go through `needsSignIn`: a lost session (UNAUTHENTICATED, or the live
 * link closed for it) leads to the sign-in page and asks the server again who this is, so the
 * shell stops showing someone who is no longer signed in.
 */
function sessionClient({ onSignInNeeded, ...settings }: ClientSettings): PlanwerkClient {
  const lost = () => {
    onSignInNeeded();
    void planwerk.client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  };
  const planwerk = createPlanwerkClient({
    ...settings,
    onError: (error, operation) => {
      if (needsSignIn(error, operation)) lost();
    },
    onSessionEnded: lost,
  });
  return planwerk;
}

/** Asks the server who this is, tells the app (useViewer), and keeps the live link open while someone is. */
function ViewerProvider({ planwerk, children }: { planwerk: PlanwerkClient; children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: MeQuery });
  const viewer = useMemo(() => viewerFrom(data?.me), [data]);
  const known = data !== undefined || error !== undefined;
  const signedIn = viewer !== null;
  useEffect(() => (signedIn ? planwerk.goLive() : undefined), [planwerk, signedIn]);
  const state = useMemo(() => ({ viewer, known }), [viewer, known]);
  return <ViewerContext value={state}>{children}</ViewerContext>;
}

/** The session the app runs in: its urql client, the viewer, and the way to start a new one. */
export function SessionProvider({ children, location, connection, onSignInNeeded }: SessionProviderProps) {
  const [{ generation, planwerk }, setCurrent] = useState(() => ({
    generation: 0,
    planwerk: sessionClient({ location, connection, onSignInNeeded }),
  }));
  const session = useMemo(
    () => ({
      restart: () =>
        setCurrent((current) => ({
          generation: current.generation + 1,
          planwerk: sessionClient({ location, connection, onSignInNeeded }),
        })),
    }),
    [location, connection, onSignInNeeded],
  );
  // Keyed by session: no page keeps state, or shows data, from the session before.
  return (
    <SessionContext value={session}>
      <UrqlProvider value={planwerk.client}>
        <ViewerProvider key={generation} planwerk={planwerk}>
          {children}
        </ViewerProvider>
      </UrqlProvider>
    </SessionContext>
  );
}
