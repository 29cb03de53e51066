import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type E2E, startE2E } from './support/browser';

describe('meeting page', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
  });
  afterAll(() => e2e?.close());

  it('answers unknown and malformed meeting addresses with the not-found page, never a field error', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    for (const path of [
      '/meetings/00000000-0000-4000-8000-000000000000',
      '/meetings/nicht-da',
      '/meetings/nicht-da/board',
      '/meetings/00000000-0000-4000-8000-000000000000/protocol',
      '/meetings/nicht-da/console',
      '/gibt-es-nicht',
    ]) {
      await page.goto(e2e.url(path));
      await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
      expect(await page.getByRole('alert').count(), path).toBe(0);
    }
  });

  it('tells someone who may not create meetings so on /meetings/new, and offers them no "Neue Sitzung"', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/meetings/new'));
    await page.getByRole('heading', { level: 1, name: 'Neue Sitzung' }).waitFor();
    await page.getByText(/^Sitzungen legen Mitglieder eines Gremiums und Moderierende einer Sitzung an/).waitFor();
    expect(await page.getByRole('button', { name: 'Sitzung anlegen' }).count()).toBe(0);
    await page.goto(e2e.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Sitzungen' }).waitFor();
    await page.getByRole('link', { name: /Alternative Formen/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Neue Sitzung' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Protokoll importieren' }).count()).toBe(0);
  });

  it('leads from the list to the meeting of 19.10.2012 with its programme and working tables', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/'));
    await page.getByRole('link', { name: /Alternative Formen sozialräumlicher Finanzierung/ }).click();
    const title = 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf';
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    expect(await page.title()).toBe(`${title} – Planwerk`);

    // An all-day meeting shows its day and no hour.
    expect(await page.locator('dd time').textContent()).toBe('Freitag, 19.10.2012');
    expect(await page.getByText('Strategisches Zentrum Steglitz-Zehlendorf (SZ²)').isVisible()).toBe(true);

    const invited = page.getByRole('region', { name: 'Eingeladen' }).getByRole('listitem');
    expect(await invited.count()).toBe(5);
    expect(await invited.filter({ hasText: 'Gast' }).allTextContents()).toEqual([
      'Jugendamt SpandauGastJugendamtsleitung',
      'Jugendamt MitteGastJugendamtsleitung',
    ]);

    const program = page.getByRole('region', { name: 'Programm' });
    const speakers = await program.locator('li p:first-of-type span:first-child').allTextContents();
    expect(speakers).toEqual(['Oliver Schruoffenegger', 'Prof. Dr. Wolfgang Hinte', 'Mag. Ingrid Krammer']);
    expect(await program.getByText('ISSAB Essen').isVisible()).toBe(true);

    for (const [table, points] of [
      ['Chancen', 20],
      ['Kritik', 23],
      ['Konkretion – Realisierung', 10],
    ] as const) {
      const region = page.getByRole('region', { name: table, exact: true });
      expect(await region.getByText(`${points} Punkte`).isVisible()).toBe(true);
      expect(await region.getByRole('listitem').count()).toBe(points);
    }
    await e2e.screenshot(page, 'meeting');

    await page.getByRole('link', { name: '3 nächste Schritte dieser Sitzung ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nächste Schritte' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(4);
    expect(await page.getByText(/^Nur aus: Alternative Formen/).isVisible()).toBe(true);
  });
});
