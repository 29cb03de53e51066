import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type E2E, startE2E } from './support/browser';

const HEADER = 'Region;Leistungsbereich;Jahr;Monat;Art;Betrag;Quelle';

/** Three rows, each wrong in its own way: an English decimal point, an unknown region, month 13. */
const BAD_FILE = [
  HEADER,
  'Graz;;2012;;Ist;21.5;E2E-Test',
  'Atlantis;;2012;;Ist;1.000,00;E2E-Test',
  'Graz;;2012;13;Voranschlag;1.000,00;E2E-Test',
].join('\r\n');

const GOOD_FILE = [
  HEADER,
  'Graz;;2012;;Voranschlag;22.900.000,00;E2E-Test',
  'Graz;;2012;;Ist;18.400.000,00;E2E-Test',
].join('\r\n');

const FIGURES = '{ budgetFigures { year kind amountCents } }';

describe('budget import dialog', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
  });
  afterAll(() => e2e?.close());

  const yearRows = (page: Page) => page.getByRole('table', { name: 'Werte je Jahr' }).locator('tbody tr');
  const bars = (page: Page) =>
    page.getByRole('img', { name: /Säulendiagramm von Voranschlag/ }).locator('.recharts-bar-rectangle');

  async function openDialog(page: Page) {
    await page.goto(e2e.url('/budget'));
    await yearRows(page).nth(1).waitFor();
    await page.getByRole('button', { name: 'Datei importieren …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Budget- und Fallzahlen importieren' });
    await dialog.waitFor();
    return dialog;
  }

  it('shows a bad file row by row and stores nothing of it', async () => {
    const before = await (await e2e.api(DEMO.admin)).gql(FIGURES);
    const page = await e2e.newPage({ as: DEMO.admin });
    const dialog = await openDialog(page);
    expect(await dialog.getByText('Übernommen wird die ganze Datei – oder gar nichts').isVisible()).toBe(true);

    await dialog.getByLabel('Datei (CSV oder XLSX)').setInputFiles({
      name: 'falsch.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_FILE, 'utf8'),
    });
    const report = dialog.getByRole('table', { name: /Prüfbericht: 3 Fehler/ });
    await report.waitFor();
    const problems = await report
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent)),
      );
    expect(problems).toEqual([
      ['2', 'Betrag'],
      ['3', 'Region'],
      ['4', 'Monat'],
    ]);
    expect(await report.locator('tbody tr :nth-child(3)').allTextContents()).not.toContain('');
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'Die Datei hat 3 Fehler. Es wird nichts übernommen',
    );
    expect(await dialog.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);
    await e2e.screenshot(page, 'budget-import-problems');

    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await yearRows(page).count()).toBe(2);
    expect(await bars(page).count()).toBe(4);
    expect(await (await e2e.api(DEMO.admin)).gql(FIGURES)).toEqual(before);
  });

  it('previews a good file, stores it on request, and the chart and table show the new year', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    const dialog = await openDialog(page);
    expect(await bars(page).count()).toBe(4);

    await dialog.getByLabel('Datei (CSV oder XLSX)').setInputFiles({
      name: 'graz-2012.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_FILE, 'utf8'),
    });
    await dialog.getByText('2 Zeilen geprüft: 2 neu, 0 geändert, 0 unverändert.').waitFor();
    expect(await dialog.getByRole('table', { name: 'Was jede Zeile bewirkt' }).locator('tbody tr').count()).toBe(2);
    // The preview stored nothing yet.
    const { data: previewed } = await (await e2e.api(DEMO.admin)).gql<{ budgetFigures: { year: number }[] }>(FIGURES);
    expect(previewed!.budgetFigures.filter((f) => f.year === 2012)).toEqual([]);
    await e2e.screenshot(page, 'budget-import-preview');

    await dialog.getByRole('button', { name: 'Alle 2 Zeilen übernehmen' }).click();
    await dialog.getByText('Übernommen: alle 2 Zeilen.').waitFor();
    await dialog.getByRole('button', { name: 'Schließen', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row2012 = page.getByRole('table', { name: 'Werte je Jahr' }).getByRole('row').filter({ hasText: '2012' });
    await row2012.waitFor();
    expect((await row2012.getByRole('cell').allTextContents()).slice(0, 2).map((c) => c.replace(/\s+/g, ' '))).toEqual([
      '22,9 Mio. €',
      '18,4 Mio. €',
    ]);
    await expect.poll(() => bars(page).count()).toBe(6);
    await expect
      .poll(() => page.getByRole('img', { name: /Säulendiagramm von Voranschlag/ }).getAttribute('aria-label'))
      .toContain('2010 bis 2012');

    const { data } = await (await e2e.api(DEMO.admin)).gql<{
      budgetFigures: { year: number; kind: string; amountCents: number }[];
    }>(FIGURES);
    expect(data!.budgetFigures.filter((f) => f.year === 2012).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { year: 2012, kind: 'ACTUAL', amountCents: 1_840_000_000 },
      { year: 2012, kind: 'PLAN', amountCents: 2_290_000_000 },
    ]);
    await e2e.screenshot(page, 'budget-after-import');
  });
});
