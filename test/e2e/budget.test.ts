import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';

/** Text as people read it: Intl puts no-break spaces in "6,7 Mio. €" and "25,6 %". */
const read = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

const rowOf = (page: Page, year: string) =>
  page
    .getByRole('table', { name: 'Werte je Jahr' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: year }) });

const tile = (page: Page, label: string) =>
  page.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: label }) });

describe('budget pages', () => {
  let e2e: E2E;
  let grazId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    const { data } = await (await e2e.api(DEMO.admin)).gql<{ regions: { id: string; name: string }[] }>(
      '{ regions { id name } }',
    );
    grazId = data!.regions.find((region) => region.name === 'Graz')!.id;
  });
  afterAll(() => e2e?.close());

  async function openBudget(page: Page, path = '/budget') {
    await page.goto(e2e.url(path));
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    await rowOf(page, '2011').waitFor();
  }

  it('shows the Graz figures as a chart and as numbers, with the 2011 saving against trend', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await page.goto(e2e.url('/'));
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Budget' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sozialraumbudget Graz' }).waitFor();
    await rowOf(page, '2011').waitFor();
    // The pooled budget opens first, in its latest year with actual spend.
    expect(new URL(page.url()).searchParams.get('year')).toBe('2011');
    expect(new URL(page.url()).searchParams.get('budget')).toBeTruthy();

    const saving = tile(page, 'Einsparung gegenüber Trend');
    expect(await read(saving.getByRole('definition').first())).toBe('6,7 Mio. €');
    expect(await read(saving)).toContain('25,6 % des Trends');
    expect(await read(saving)).toContain('Trend 26,2 Mio. €, Ist 19,5 Mio. €');
    expect(await read(tile(page, 'Einsparung gegenüber Voranschlag').getByRole('definition').first())).toBe(
      '3,4 Mio. €',
    );
    const provider = tile(page, 'Trägerbudget');
    expect(await read(provider.getByRole('definition').first())).toBe('22 %');
    expect(await read(provider)).toContain('9–22 finanzierte Dienstposten bei den Trägern je Sozialraum (Graz)');

    const cells = async (year: string) =>
      (await rowOf(page, year).getByRole('cell').allTextContents()).map((c) => c.replace(/\s+/g, ' '));
    expect(await cells('2011')).toEqual([
      '22,9 Mio. €',
      '19,5 Mio. €',
      '26,2 Mio. €angegeben',
      '-3,4 Mio. € (-14,8 %)',
      '6,7 Mio. € (25,6 %)',
    ]);
    expect(await cells('2010')).toEqual([
      '22,9 Mio. €',
      '21,5 Mio. €',
      '24,2 Mio. €angegeben',
      '-1,4 Mio. € (-6,1 %)',
      '2,7 Mio. € (11,2 %)',
    ]);
    // The trend base years 2005–2009 have no stored actuals: nothing to show for them.
    expect(await page.getByRole('table', { name: 'Werte je Jahr' }).getByRole('row').count()).toBe(3);

    const chart = page.getByRole('img', {
      name: /Säulendiagramm von Voranschlag und Istausgaben mit der Trendlinie, 2010 bis 2011/,
    });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(4);
    expect(await chart.locator('.recharts-line-curve').count()).toBe(1);
    const ticks = await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents();
    expect(ticks.map((tick) => tick.replace(/\s+/g, ' '))).toContain('14 Mio. €');

    // 2011 has an annual plan only: each month plans a twelfth of it.
    const months = page.getByRole('table', { name: 'Werte je Monat 2011' });
    expect(await read(months.getByRole('row').filter({ hasText: 'März' }).getByRole('cell').first())).toBe(
      '1,9 Mio. €',
    );
    expect(await read(months.getByRole('row').filter({ hasText: 'Dezember' }).getByRole('cell').nth(3))).toBe(
      '22,9 Mio. €',
    );
    await e2e.screenshot(page, 'budget-graz');
  });

  it('shows one region alone, keeps the choice in the address, and switches to English', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await openBudget(page);
    await page.getByRole('combobox', { name: 'Budget oder Region' }).selectOption({ label: 'Graz' });
    await page.getByRole('heading', { level: 2, name: 'Graz' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(grazId);
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2011');
    expect(await read(tile(page, 'Einsparung gegenüber Trend').getByRole('definition').first())).toBe('6,7 Mio. €');
    // A single region is not compared with others.
    expect(await page.getByRole('heading', { name: /Regionen im Vergleich/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'English' }).click();
    const saving = tile(page, 'Saving against trend');
    await saving.waitFor();
    expect(await read(saving.getByRole('definition').first())).toBe('€6.7m');
    expect(await read(saving)).toContain('25.6% of the trend');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Graz' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Budget or region' }).inputValue()).toBe(`region:${grazId}`);
  });

  it('filters by service area in the address; Graz states no figures per area', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await openBudget(page);
    await page.getByRole('checkbox', { name: 'HzE ambulant' }).check();
    await page.getByText('Für diese Auswahl gibt es noch keine Budgetzahlen.').waitFor();
    expect(new URL(page.url()).searchParams.getAll('area')).toHaveLength(1);

    await page.reload();
    await page.getByText('Für diese Auswahl gibt es noch keine Budgetzahlen.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'HzE ambulant' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'HzE ambulant' }).uncheck();
    await rowOf(page, '2011').waitFor();
  });

  it('offers every view as CSV and XLSX for the same scope and year', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await openBudget(page);
    const href = await page.getByRole('link', { name: 'CSV (Jahre)' }).getAttribute('href');
    expect(href).toMatch(/^\/budget\/export\?view=years&format=csv&budgetId=[0-9a-f-]+$/);
    // The page's own request context carries the session cookie, as the browser's download would.
    const download = await page.request.get(e2e.url(href!));
    expect(download.headers()['content-type']).toContain('text/csv');
    expect(await download.text()).toContain('2011;22.900.000,00;19.500.000,00;26.200.000,00;angegeben');
    const keyFigures = await page.getByRole('link', { name: 'XLSX (Kennzahlen 2011)' }).getAttribute('href');
    expect(keyFigures).toMatch(/view=keyFigures&format=xlsx&budgetId=[0-9a-f-]+&year=2011$/);
  });

  it('prints the monthly controlling report without the app around it', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await openBudget(page);
    await page.getByRole('link', { name: 'Monatsbericht Controlling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monatsbericht Finanzcontrolling' }).waitFor();
    const table = page.getByRole('table', { name: 'Plan und Ist Januar bis Dezember 2011 je Leistungsbereich' });
    const total = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gesamt' }) });
    await total.waitFor();
    expect((await total.getByRole('cell').allTextContents()).map((c) => c.replace(/\s+/g, ' '))).toEqual([
      '22,9 Mio. €',
      '22,9 Mio. €',
      '19,5 Mio. €',
      '-3,4 Mio. € (-14,8 %)',
      '19,5 Mio. €',
      '-3,4 Mio. € (-14,8 %)',
    ]);

    await page.getByRole('combobox', { name: 'Bis Monat' }).selectOption({ label: 'Juni' });
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBe('6');
    await page.getByRole('table', { name: 'Plan und Ist Januar bis Juni 2011 je Leistungsbereich' }).waitFor();
    await page.getByRole('spinbutton', { name: 'Jahr' }).fill('2010');
    await page.getByRole('table', { name: 'Plan und Ist Januar bis Juni 2010 je Leistungsbereich' }).waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe('2010');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /Januar bis Juni 2010/ }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'budget-controlling-report-print');
  });

  for (const viewport of [undefined, PHONE]) {
    it(`finds no serious or critical accessibility violations${viewport ? ' on a phone' : ''}`, async () => {
      const page = await e2e.newPage({ viewport, as: DEMO.admin });
      await openBudget(page);
      expect(await seriousViolations(page), '/budget').toEqual([]);
      if (viewport) {
        // Wide tables scroll inside their own box; the page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        await e2e.screenshot(page, 'budget-phone');
      }

      await page.getByRole('button', { name: 'Datei importieren …' }).click();
      await page.getByRole('dialog', { name: 'Budget- und Fallzahlen importieren' }).waitFor();
      expect(await seriousViolations(page), 'import dialog').toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto(e2e.url(`/budget/report?region=${grazId}&year=2011&month=12`));
      await page.getByRole('row').filter({ hasText: 'Gesamt' }).waitFor();
      expect(await seriousViolations(page), '/budget/report').toEqual([]);
      if (viewport) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        await e2e.screenshot(page, 'budget-controlling-report-phone');
      }
    });
  }
});
