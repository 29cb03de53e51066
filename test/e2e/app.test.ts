import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';

describe('app shell', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
  });
  afterAll(() => e2e?.close());

  it('answers unknown addresses with its own page, but leaves the API paths to the API', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/no/such/page'));
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();

    const health = await fetch(e2e.url('/healthz'));
    expect(await health.json()).toEqual({ status: 'ok' });
    const asset = await fetch(e2e.url('/assets/missing.js'));
    expect(asset.status).toBe(404);
  });

  it('speaks German first, switches to English, and remembers the choice', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/tasks'));
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect
      .poll(() => nav.getByRole('link').allTextContents())
      // No budget: the participant is a member of no committee (budget.read).
      .toEqual(['Sitzungen', 'Nächste Schritte', 'Arbeitsgruppen', 'Benachrichtigungen']);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Next steps' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect
      .poll(() => page.getByRole('columnheader').allTextContents())
      .toEqual(['Who', 'What', 'By when', 'Status', 'From']);
    // Dates follow the language too.
    await page.getByRole('cell', { name: /Easter|Ostern 2013/ }).waitFor();
    expect(await page.getByText('Ostern 2013 · 31/03/2013').isVisible()).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Next steps' }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows whether it is live, and says so when the network goes away and comes back', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/'));
    const status = page.getByRole('status').filter({ hasText: /Live|Offline|Verbinde/ });
    await expect.poll(() => status.getAttribute('data-status')).toBe('live');

    await page.context().setOffline(true);
    await expect.poll(() => status.getAttribute('data-status')).toBe('offline');
    await page.context().setOffline(false);
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 20_000 }).toBe('live');
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const page = await e2e.newPage({ viewport: PHONE, as: DEMO.participant });
    for (const [path, name] of [
      ['/tasks', 'tasks-phone'],
      ['/committees', 'committees-phone'],
      ['/', 'meetings-phone'],
    ] as const) {
      await page.goto(e2e.url(path));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('main :is(table, ul, section)').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await e2e.screenshot(page, name);
    }
    await page.goto(e2e.url('/'));
    await page.getByRole('link', { name: /Alternative Formen/ }).click();
    await page.getByRole('region', { name: 'Chancen', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, 'meeting-phone');
  });

  it('reads larger on a projector', async () => {
    const page = await e2e.newPage({ viewport: { width: 1920, height: 1080 }, as: DEMO.participant });
    await page.goto(e2e.url('/'));
    await page.getByRole('link', { name: /Alternative Formen/ }).click();
    await page.getByRole('region', { name: 'Chancen', exact: true }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await e2e.screenshot(page, 'meeting-projector');
  });
});
