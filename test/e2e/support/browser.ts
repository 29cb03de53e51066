import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../../server/auth/session-cookie';
import { type SessionClient, signInDemo } from '../../support/auth';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/server';
import { CLIENT_DIR } from './build-client';

/** Debian's Chromium; the tests never download a browser. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-artifacts/screenshots';

/** A phone the size of the smallest the app must work on. */
export const PHONE = { width: 375, height: 812 };

/** The demo sign-ins (README "Demo accounts"), all with the demo password. */
export const DEMO = {
  admin: 'admin@planwerk.example',
  /** Facilitator of the demo meeting. */
  facilitator: 'reinhard.hoffmann@planwerk.example',
  /** A participant of the demo meeting, member of no committee. */
  participant: 'oliver.schruoffenegger@planwerk.example',
} as const;

export interface PageOptions extends Pick<BrowserContextOptions, 'viewport' | 'locale'> {
  /** The browser's clock, fixed; match the server's `now` so both agree on "today". */
  now?: Date;
  /** Signed in as this demo account (see DEMO), or with a session already held (a guest's); anonymous when left out. */
  as?: string | SessionClient;
}

export interface E2E {
  server: TestServer;
  browser: Browser;
  /** A page in a fresh browser context (own storage and cookies), not yet navigated. */
  newPage: (options?: PageOptions) => Promise<Page>;
  /** The API as this demo account, for arranging what a test needs. */
  api: (email: string) => Promise<SessionClient>;
  /** The app's address for a path, e.g. `url('/tasks')`. */
  url: (pathname: string) => string;
  screenshot: (page: Page, name: string) => Promise<void>;
  /** Stops browser and server; fails if any page threw an uncaught error meanwhile. */
  close: () => Promise<void>;
}

/**
 * The real server with the built app over a fresh database, and a headless Chromium. Close it
 * in afterAll.
 */
export async function startE2E(options: TestServerOptions = {}): Promise<E2E> {
  const server = await startTestServer({ clientDir: CLIENT_DIR, ...options });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const pageErrors: Error[] = [];
  return {
    server,
    browser,
    newPage: async ({ now, as, viewport = { width: 1280, height: 900 }, locale = 'de-DE' }: PageOptions = {}) => {
      const context = await browser.newContext({ viewport, locale, timezoneId: 'Europe/Berlin' });
      // The session of an API sign-in, as the browser's cookie: faster than the sign-in page
      // (test/e2e/auth.test.ts signs in there), and without the cookie's expiry, so a server
      // whose clock stands in 2013 still has the browser send it.
      if (as) {
        const session = typeof as === 'string' ? await signInDemo(server, as) : as;
        await context.addCookies([{ name: SESSION_COOKIE, value: session.token, url: server.url }]);
      }
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error));
      if (now) await page.clock.setFixedTime(now);
      return page;
    },
    api: (email) => signInDemo(server, email),
    url: (pathname) => new URL(pathname, server.url).toString(),
    screenshot: async (page, name) => {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await server.close();
      if (pageErrors.length > 0) throw new AggregateError(pageErrors, 'uncaught errors in the app');
    },
  };
}
