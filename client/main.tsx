import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import './app/global.css';
import { ConnectionStatusContext } from './api/connection-context';
import { createConnectionStatusStore, followBrowserNetwork } from './api/connection-status';
import { routes } from './app/routes';
import { SessionProvider } from './auth/SessionProvider';
import { signInTarget } from './auth/unauthenticated';
import { browserStorage, setupI18n } from './i18n/i18n';

const i18n = setupI18n(browserStorage(), document.documentElement);
const connection = createConnectionStatusStore(navigator.onLine);
followBrowserNetwork(connection, window);
const router = createBrowserRouter(routes);

/** To the sign-in page, which brings the person back to where they were. */
function showSignIn() {
  const target = signInTarget(router.state.location);
  if (target) void router.navigate(target);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ConnectionStatusContext value={connection}>
        <SessionProvider location={window.location} connection={connection} onSignInNeeded={showSignIn}>
          <RouterProvider router={router} />
        </SessionProvider>
      </ConnectionStatusContext>
    </I18nextProvider>
  </StrictMode>,
);
