import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grant } from '../../server/auth/account.entity';
import { type SessionClient, signInAs } from '../support/auth';
import { addMember, demoIds } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

/** Text as people read it: Intl puts no-break spaces in "2,3 Mio. €" and "10 %". */
const read = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

const tile = (page: Page, label: string) =>
  page.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: label }) });

const FIGURES = '{ budgetFigures { year kind amountCents source } }';

describe('budget figures entered by hand', () => {
  let e2e: E2E;
  let editor: SessionClient;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    editor = await signInAs(e2e.server, 'user', { name: 'Bea Budget', grants: [Grant.BUDGET_EDITOR] });
  });
  afterAll(() => e2e?.close());

  async function openBudget(page: Page) {
    await page.goto(e2e.url('/budget'));
    await page.getByRole('heading', { level: 2, name: 'Sozialraumbudget Graz' }).waitFor();
    await page.getByRole('table', { name: 'Werte je Jahr' }).waitFor();
  }

  async function enterFigure(page: Page, fields: { year: string; kind: string; amount: string }) {
    await page.getByRole('button', { name: 'Zahl erfassen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Budgetzahl erfassen' });
    await dialog.getByLabel('Jahr', { exact: true }).fill(fields.year);
    await dialog.getByRole('combobox', { name: /^Art/ }).selectOption({ label: fields.kind });
    await dialog.getByLabel('Betrag in Euro').fill(fields.amount);
    await dialog.getByLabel('Quelle').fill('Haushaltsplan, von Hand');
    return dialog;
  }

  it('offers no entry to someone who may only read the figures', async () => {
    // A member of a committee reads the budget, and writes nothing.
    const admin = await e2e.api(DEMO.admin);
    const ids = await demoIds(admin);
    await addMember(admin, ids.committee('SZ²'), ids.person('Oliver Schruoffenegger'));
    const page = await e2e.newPage({ as: DEMO.participant });
    await openBudget(page);
    expect(await page.getByRole('button', { name: 'Zahl erfassen …' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /verwalten/ }).count()).toBe(0);
  });

  it('refuses an amount it would have to guess, and stores nothing', async () => {
    const before = await editor.gql(FIGURES);
    const page = await e2e.newPage({ as: editor });
    await openBudget(page);
    const dialog = await enterFigure(page, { year: '2012', kind: 'Voranschlag', amount: '22.9' });
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    expect(await read(dialog.getByRole('alert'))).toBe(
      'Der Betrag ist im deutschen Zahlenformat erwartet, z. B. 1.234.567,89.',
    );
    expect(await dialog.getByLabel('Betrag in Euro').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await editor.gql(FIGURES)).toEqual(before);
  });

  it('enters a plan and an actual figure, and the key figures of the year follow', async () => {
    const page = await e2e.newPage({ as: editor });
    await openBudget(page);

    const plan = await enterFigure(page, { year: '2012', kind: 'Voranschlag', amount: '22.900.000,00' });
    await plan.getByRole('button', { name: 'Speichern' }).click();
    await plan.waitFor({ state: 'detached' });

    // The new year is there to choose; without an actual there is no saving yet.
    await page.getByRole('combobox', { name: 'Jahr' }).selectOption('2012');
    await page.getByRole('heading', { level: 2, name: 'Kennzahlen 2012' }).waitFor();
    const saving = tile(page, 'Einsparung gegenüber Voranschlag');
    await expect.poll(() => read(saving)).toContain('Voranschlag 22,9 Mio. €, Ist keine Angabe');
    await e2e.screenshot(page, 'budget-entry-plan');

    const actual = await enterFigure(page, { year: '2012', kind: 'Istausgaben', amount: '20.610.000' });
    await actual.getByRole('button', { name: 'Speichern' }).click();
    await actual.waitFor({ state: 'detached' });

    await expect.poll(() => read(saving.getByRole('definition').first())).toBe('2,3 Mio. €');
    expect(await read(saving)).toContain('10 % des Voranschlags');
    expect(await read(saving)).toContain('Voranschlag 22,9 Mio. €, Ist 20,6 Mio. €');
    const stored = page.getByRole('table', { name: 'Budgetzahlen 2012' });
    expect(await stored.getByRole('row').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'budget-entry-actual');

    const { data } = await editor.gql<{ budgetFigures: { year: number; kind: string; amountCents: number }[] }>(
      FIGURES,
    );
    const figures2012 = data!.budgetFigures.filter((f) => f.year === 2012);
    expect(
      figures2012.map(({ kind, amountCents }) => ({ kind, amountCents })).sort((a, b) => b.kind.localeCompare(a.kind)),
    ).toEqual([
      { kind: 'PLAN', amountCents: 2_290_000_000 },
      { kind: 'ACTUAL', amountCents: 2_061_000_000 },
    ]);
  });

  it('corrects a figure and deletes one on a phone, and the key figures follow', async () => {
    const page = await e2e.newPage({ as: editor, viewport: PHONE });
    await page.goto(e2e.url('/budget?year=2012'));
    const stored = page.getByRole('table', { name: 'Budgetzahlen 2012' });
    await stored.waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await stored.getByRole('button', { name: /^Korrigieren: Istausgaben/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Budgetzahl korrigieren' });
    expect(await dialog.getByLabel('Betrag in Euro').inputValue()).toBe('20.610.000,00');
    expect(await dialog.getByLabel('Jahr', { exact: true }).isDisabled()).toBe(true);
    await dialog.getByLabel('Betrag in Euro').fill('18.320.000,00');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saving = tile(page, 'Einsparung gegenüber Voranschlag');
    await expect.poll(() => read(saving.getByRole('definition').first())).toBe('4,6 Mio. €');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await stored.getByRole('button', { name: /^Löschen: Istausgaben/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Budgetzahl löschen?' });
    expect(await read(confirm)).toContain('18.320.000,00 €');
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => stored.getByRole('row').count()).toBe(2);
    await expect.poll(() => read(saving)).toContain('Ist keine Angabe');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sets up a region, a budget pooling it and a service area, and removes them again', async () => {
    const page = await e2e.newPage({ as: editor });
    await page.goto(e2e.url('/budget'));
    await page.getByRole('link', { name: 'Budgets, Regionen und Leistungsbereiche verwalten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budgets, Regionen und Leistungsbereiche' }).waitFor();
    const regions = page.getByRole('region', { name: 'Regionen' });
    // Graz keeps figures: it is not offered for deletion.
    const graz = regions.getByRole('listitem').filter({ hasText: 'Graz' });
    expect(await read(graz)).toContain('Hat Zahlen oder gehört zu einem Budget');
    expect(await graz.getByRole('button', { name: /löschen/ }).count()).toBe(0);

    await regions.getByRole('button', { name: 'Neue Region' }).click();
    const newRegion = page.getByRole('dialog', { name: 'Neue Region' });
    await newRegion.getByLabel('Name').fill('Sozialraum Lankwitz');
    await newRegion.getByRole('combobox', { name: /^Liegt in/ }).selectOption({ label: 'Steglitz-Zehlendorf' });
    await newRegion.getByRole('button', { name: 'Speichern' }).click();
    await newRegion.waitFor({ state: 'detached' });
    const lankwitz = regions.getByRole('listitem').filter({ hasText: 'Sozialraum Lankwitz' });
    expect(await read(lankwitz)).toContain('Sozialraum · Steglitz-Zehlendorf');

    const budgets = page.getByRole('region', { name: 'Budgets', exact: true });
    await budgets.getByRole('button', { name: 'Neues Budget' }).click();
    const newBudget = page.getByRole('dialog', { name: 'Neues Budget' });
    await newBudget.getByLabel('Name').fill('Sozialraumbudget Lankwitz');
    await newBudget.getByRole('button', { name: 'Speichern' }).click();
    expect(await read(newBudget.getByRole('alert'))).toBe('Bitte wählen Sie mindestens eine Region.');
    await newBudget.getByRole('checkbox', { name: 'Sozialraum Lankwitz' }).check();
    await newBudget.getByRole('button', { name: 'Speichern' }).click();
    await newBudget.waitFor({ state: 'detached' });
    await budgets.getByText('Sozialraumbudget Lankwitz', { exact: true }).waitFor();
    // Pooled by a budget now, the region cannot be deleted.
    await expect.poll(() => read(lankwitz)).toContain('Hat Zahlen oder gehört zu einem Budget');

    const areas = page.getByRole('region', { name: 'Leistungsbereiche' });
    await areas.getByRole('button', { name: 'Neuer Leistungsbereich' }).click();
    const newArea = page.getByRole('dialog', { name: 'Neuer Leistungsbereich' });
    await newArea.getByLabel('Kürzel').fill('familienzentren');
    expect(await newArea.getByLabel('Kürzel').inputValue()).toBe('FAMILIENZENTREN');
    await newArea.getByLabel('Name').fill('Familienzentren');
    await newArea.getByRole('button', { name: 'Speichern' }).click();
    await newArea.waitFor({ state: 'detached' });
    await areas.getByText('FAMILIENZENTREN', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'budget-setup');

    await budgets.getByRole('button', { name: 'Sozialraumbudget Lankwitz löschen' }).click();
    await page
      .getByRole('dialog', { name: 'Sozialraumbudget Lankwitz löschen' })
      .getByRole('button', { name: 'Löschen' })
      .click();
    await expect.poll(() => read(lankwitz)).not.toContain('Hat Zahlen');
    await lankwitz.getByRole('button', { name: 'Sozialraum Lankwitz löschen' }).click();
    await page
      .getByRole('dialog', { name: 'Sozialraum Lankwitz löschen' })
      .getByRole('button', { name: 'Löschen' })
      .click();
    await expect.poll(() => lankwitz.count()).toBe(0);
    const { data } = await editor.gql<{ regions: { name: string }[]; budgets: { name: string }[] }>(
      '{ regions { name } budgets { name } }',
    );
    expect(data!.regions.map((region) => region.name)).not.toContain('Sozialraum Lankwitz');
    expect(data!.budgets.map((budget) => budget.name)).toEqual(['Sozialraumbudget Graz']);
  });
});
