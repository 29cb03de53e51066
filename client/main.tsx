import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider } from 'urql';
import './app/global.css';
import { createPlanwerkClient } from './api/client';
import { ConnectionStatusContext } from './api/connection-context';
import { followBrowserNetwork } from './api/connection-status';
import { routes } from './app/routes';
import { browserStorage, setupI18n } from './i18n/i18n';

const i18n = setupI18n(browserStorage(), document.documentElement);
const { client, connection } = createPlanwerkClient(window.location, navigator.onLine);
followBrowserNetwork(connection, window);
const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ConnectionStatusContext value={connection}>
        <UrqlProvider value={client}>
          <RouterProvider router={router} />
        </UrqlProvider>
      </ConnectionStatusContext>
    </I18nextProvider>
  </StrictMode>,
);
