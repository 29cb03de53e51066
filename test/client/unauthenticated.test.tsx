import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CombinedError, useQuery } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnectionStatusStore } from '../../client/api/connection-status';
import { SessionProvider } from '../../client/auth/SessionProvider';
import { SignInPage } from '../../client/auth/SignInPage';
import { needsSignIn, OWN_UNAUTHENTICATED, returnPath, signInTarget } from '../../client/auth/unauthenticated';
import { setupI18n } from '../../client/i18n/i18n';
import { useViewer } from '../../client/session/viewer';
import { TasksQuery } from '../../client/tasks/task.operations';

const refusal = (code: string, message = 'Sign in or join a meeting first') =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code } }] });
const operation = (context = {}) => ({
  context: { url: '/graphql', requestPolicy: 'cache-first' as const, ...context },
});

describe('when the server wants a session', () => {
  it('decides by the code UNAUTHENTICATED, never by the message', () => {
    expect(needsSignIn(refusal('UNAUTHENTICATED'), operation())).toBe(true);
    expect(needsSignIn(refusal('FORBIDDEN'), operation())).toBe(false);
    expect(needsSignIn(refusal('SOMETHING_NEW'), operation())).toBe(false);
    expect(needsSignIn(new CombinedError({ networkError: new TypeError('Failed to fetch') }), operation())).toBe(false);
  });

  it('leaves alone an operation that explains UNAUTHENTICATED itself (a wrong password)', () => {
    expect(needsSignIn(refusal('UNAUTHENTICATED'), operation(OWN_UNAUTHENTICATED))).toBe(false);
  });

  it('sends to the sign-in page with the way back, but not from an entry page', () => {
    expect(signInTarget({ pathname: '/tasks', search: '?view=done', hash: '#x' })).toBe(
      '/sign-in?next=%2Ftasks%3Fview%3Ddone%23x',
    );
    expect(signInTarget({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
    expect(signInTarget({ pathname: '/sign-in', search: '?next=%2Ftasks', hash: '' })).toBeNull();
    expect(signInTarget({ pathname: '/join/AB3K7X', search: '', hash: '' })).toBeNull();
  });

  it.each([
    ['/tasks?view=done', '/tasks?view=done'],
    ['/meetings/1#tables', '/meetings/1#tables'],
    [null, '/'],
    ['', '/'],
    ['tasks', '/'],
    ['//evil.example/tasks', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/sign-in?next=%2Ftasks', '/'],
    ['/join/AB3K7X', '/'],
  ])('goes back to %j as %j after signing in', (next, path) => {
    expect(returnPath(next)).toBe(path);
  });
});

/** Never connects: the live link is not what these tests are about. */
class SilentWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly readyState = 0;
  readonly protocol = '';
  close() {}
  send() {}
}

/** The API as far as these pages use it: tasks need a session, the right password gives one. */
function fakeServer() {
  let signedIn = false;
  const requests: string[] = [];
  const json = (body: object, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const unauthenticated = { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] };
  const fetch = async (_url: unknown, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body));
    requests.push(operationName);
    if (operationName === 'Me') {
      const person = { __typename: 'Person', id: 'p-1', name: 'Reinhard Hoffmann', title: null, organization: null };
      const account = { __typename: 'Account', id: 'a-1', isAdmin: false, person };
      return json({ data: { me: signedIn ? { __typename: 'Me', kind: 'USER', account, guest: null } : null } });
    }
    if (operationName === 'Tasks') return signedIn ? json({ data: { tasks: [] } }) : json(unauthenticated, 401);
    if (operationName === 'SignIn') {
      if (variables.input.password !== 'planwerk-demo') return json({ data: null, ...unauthenticated });
      signedIn = true;
      return json({ data: { signIn: { __typename: 'SessionResult', token: 't' } } });
    }
    throw new Error(`unexpected ${operationName}`);
  };
  return { fetch, requests };
}

function Protected() {
  const [{ data }] = useQuery({ query: TasksQuery });
  const viewer = useViewer();
  return <h1>{data ? `Nächste Schritte für ${viewer?.name}` : 'Wird geladen'}</h1>;
}

describe('<SessionProvider>: from a refused page to the sign-in page and back', () => {
  beforeEach(() => vi.stubGlobal('WebSocket', SilentWebSocket));
  afterEach(() => vi.unstubAllGlobals());

  it('sends an anonymous visitor to sign in, refuses a wrong password there, and returns after the right one', async () => {
    const server = fakeServer();
    vi.stubGlobal('fetch', server.fetch);
    const router = createMemoryRouter(
      [
        { path: '/tasks', Component: Protected },
        { path: '/sign-in', Component: SignInPage },
      ],
      { initialEntries: ['/tasks?view=done'] },
    );
    const showSignIn = vi.fn(() => {
      const target = signInTarget(router.state.location);
      if (target) void router.navigate(target);
    });
    render(
      <I18nextProvider i18n={setupI18n(undefined, document.createElement('html'))}>
        <SessionProvider
          location={{ protocol: 'http:', host: 'planwerk.test' }}
          connection={createConnectionStatusStore(true)}
          onSignInNeeded={showSignIn}
        >
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nextProvider>,
    );

    // The first render in jsdom takes most of a second on a busy two-core machine.
    await screen.findByRole('heading', { name: 'Anmelden' }, { timeout: 10_000 });
    expect(router.state.location.search).toBe('?next=%2Ftasks%3Fview%3Ddone');
    expect(showSignIn).toHaveBeenCalledTimes(1);

    const signIn = async (password: string) => {
      fireEvent.change(screen.getByLabelText('E-Mail-Adresse'), {
        target: { value: 'reinhard.hoffmann@planwerk.example' },
      });
      fireEvent.change(screen.getByLabelText('Passwort'), { target: { value: password } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Anmelden' })));
    };
    await signIn('falsch');
    expect((await screen.findByRole('alert')).textContent).toBe('E-Mail-Adresse oder Passwort stimmen nicht.');
    // The refused password is the page's own business: nobody is sent anywhere.
    expect(showSignIn).toHaveBeenCalledTimes(1);

    await signIn('planwerk-demo');
    await screen.findByRole('heading', { name: 'Nächste Schritte für Reinhard Hoffmann' });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/tasks?view=done');
    await waitFor(() => expect(server.requests.filter((name) => name === 'Me')).toHaveLength(2));
  });
});
