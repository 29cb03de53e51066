import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

const read = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

const STEPS = `{ tasks { ownerLabel items dueLabel dueDate meeting { id } } }`;

describe('next steps written by hand', () => {
  let e2e: E2E;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    meetingId = await demoMeetingId(await e2e.api(DEMO.facilitator));
  });
  afterAll(() => e2e?.close());

  const rowOf = (page: Page, what: string) => page.getByRole('row').filter({ hasText: what });
  const steps = async () =>
    (await (await e2e.api(DEMO.admin)).gql<{ tasks: Record<string, unknown>[] }>(STEPS)).data!.tasks;

  it('adds a step from the meeting page: owner, lines written, moved and removed, and the deadline previewed', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await page.goto(e2e.url(`/meetings/${meetingId}`));
    const section = page.getByRole('region', { name: 'Nächste Schritte' });
    await section.getByRole('button', { name: 'Neuer Schritt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nächster Schritt aus dieser Sitzung' });
    // Anyone can be given a step of the meeting; a body by its short name first.
    await dialog.getByLabel('Wer').selectOption({ label: 'SZ² – Strategisches Zentrum Steglitz-Zehlendorf' });

    await dialog.getByLabel('Was, Zeile 1').fill('Positionierung abstimmen');
    await dialog.getByRole('button', { name: 'Zeile hinzufügen' }).click();
    await dialog.getByLabel('Was, Zeile 2').fill('Termin finden');
    await dialog.getByRole('button', { name: 'Zeile hinzufügen' }).click();
    // The new line has the keyboard at once.
    const third = dialog.getByLabel('Was, Zeile 3');
    await expect.poll(() => third.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('Benennung Personen für AG');
    await dialog.getByRole('button', { name: 'Zeile 3 nach oben' }).click();
    expect(await dialog.getByLabel('Was, Zeile 2').inputValue()).toBe('Benennung Personen für AG');
    await dialog.getByRole('button', { name: 'Zeile 3 entfernen' }).click();
    expect(await dialog.getByRole('textbox', { name: /^Was, Zeile/ }).count()).toBe(2);

    await dialog.getByLabel('Bis wann').fill('Ende Januar 2027');
    const preview = dialog.getByText('Ende Januar 2027 →');
    expect(await read(preview)).toBe('Ende Januar 2027 → 31.01.2027');
    expect(await preview.locator('time').getAttribute('datetime')).toBe('2027-01-31');
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'task-editor-new');

    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('link', { name: '4 nächste Schritte dieser Sitzung ansehen' }).waitFor();
    expect((await steps()).find((step) => step.dueLabel === 'Ende Januar 2027')).toEqual({
      ownerLabel: 'SZ²',
      items: ['Positionierung abstimmen', 'Benennung Personen für AG'],
      dueLabel: 'Ende Januar 2027',
      dueDate: '2027-01-31',
      meeting: { id: meetingId },
    });
  });

  it('keeps a deadline without a date only once confirmed, then takes a date, and removes the step (phone)', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator, viewport: PHONE });
    await page.goto(e2e.url('/tasks?view=all'));
    const row = rowOf(page, 'Positionierung abstimmen');
    expect(await read(row)).toContain('Ende Januar 2027 · 31.01.2027');

    await row.getByRole('button', { name: 'Bearbeiten: Positionierung abstimmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nächsten Schritt bearbeiten' });
    await dialog.getByLabel('Bis wann').fill('nach den Winterferien');
    expect(await read(dialog.getByText('ergibt kein Datum'))).toBe(
      '„nach den Winterferien“ ergibt kein Datum. Ohne Datum kann Planwerk an diesen Schritt weder erinnern noch ihn in Kalender eintragen.',
    );
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    expect(await read(dialog.getByRole('alert'))).toBe(
      'Bitte geben Sie ein Datum an oder bestätigen Sie, dass der Schritt ohne Datum bleibt.',
    );
    // The keyboard waits in the date field, the way out the page recommends.
    expect(
      await dialog.getByLabel('Datum dazu (empfohlen)').evaluate((field) => field === document.activeElement),
    ).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'task-editor-no-date');

    await dialog.getByLabel('Ohne Datum speichern – keine Erinnerung, kein Kalendereintrag').check();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => read(row.getByRole('cell').nth(2))).toBe('nach den Winterferien');
    expect((await steps()).find((step) => step.dueLabel === 'nach den Winterferien')).toMatchObject({
      dueDate: null,
      items: ['Positionierung abstimmen', 'Benennung Personen für AG'],
    });

    await row.getByRole('button', { name: 'Bearbeiten: Positionierung abstimmen' }).click();
    await dialog.getByLabel('Datum dazu (empfohlen)').fill('2027-02-19');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => read(row.getByRole('cell').nth(2))).toBe('nach den Winterferien · 19.02.2027');

    await row.getByRole('button', { name: 'Entfernen: Positionierung abstimmen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Nächsten Schritt entfernen?' });
    expect(await read(confirm)).toContain('„Positionierung abstimmen“ (SZ²) wird mit 0 Fortschrittsnotizen entfernt.');
    await confirm.getByRole('button', { name: 'Entfernen' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await steps()).map((step) => step.dueLabel)).not.toContain('nach den Winterferien');
  });

  it('lets a participant keep his own list, and offers him nothing on the meeting’s steps', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/tasks?view=all'));
    await rowOf(page, 'Modell für SZ entwickeln').waitFor();
    expect(await page.getByRole('button', { name: /^Bearbeiten:/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Neuer Schritt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer nächster Schritt' });
    // His own list only: he is a member of no body.
    const owners = await dialog.getByLabel('Wer').locator('option').allTextContents();
    expect(owners).toEqual(['Zuständig wählen …', 'Oliver Schruoffenegger']);
    await dialog.getByLabel('Wer').selectOption({ label: 'Oliver Schruoffenegger' });
    await dialog.getByLabel('Was, Zeile 1').fill('Vortrag verschriftlichen');
    await dialog.getByLabel('Bis wann').fill('Ostern 2027');
    expect(await read(dialog.getByText('Ostern 2027 →'))).toBe('Ostern 2027 → 28.03.2027');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = rowOf(page, 'Vortrag verschriftlichen');
    await row.waitFor();
    expect(await read(row.getByRole('cell').nth(4))).toBe('—');
    expect(await page.getByRole('button', { name: /^Bearbeiten:/ }).count()).toBe(1);
  });
});
