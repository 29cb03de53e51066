import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

describe('working groups page', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
  });
  afterAll(() => e2e?.close());

  const region1 = 'AG nach § 78 SGB VIII – Region 1';

  it('shows the bodies with their subgroups, without member editing for those who may not', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/committees'));
    const ag = page.getByRole('region', { name: 'AG nach § 78 SGB VIII (AG)', exact: true });
    await ag.waitFor();
    const subgroups = ag.getByRole('list', { name: 'Untergruppen: AG' }).getByRole('heading', { level: 3 });
    expect(await subgroups.allTextContents()).toEqual(
      [1, 2, 3, 4].map((region) => `AG nach § 78 SGB VIII – Region ${region}`),
    );
    // Speakers, coordinators and admins edit a body and its members; the demo participant is none of them.
    expect(await page.getByRole('button', { name: /^Mitglieder bearbeiten/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Gremium bearbeiten/ }).count()).toBe(0);
  });

  it('names a person for a working group, changes the role and removes the person again', async () => {
    const admin = await e2e.api(DEMO.admin);
    const page = await e2e.newPage({ as: DEMO.admin });
    await page.goto(e2e.url('/committees'));
    const group = page.getByRole('region', { name: region1, exact: true });
    await group.getByRole('button', { name: `Mitglieder bearbeiten: ${region1}` }).click();

    const form = group.getByRole('form', { name: `Benennung Personen für ${region1}` });
    await form.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Reinhard Hoffmann' });
    await form.getByRole('combobox', { name: 'Rolle' }).selectOption('SPEAKER');
    await form.getByRole('button', { name: 'Benennen' }).click();

    const row = group.getByRole('row', { name: /Reinhard Hoffmann/ });
    await expect
      .poll(() => row.getByRole('combobox', { name: 'Rolle von Reinhard Hoffmann' }).inputValue())
      .toBe('SPEAKER');
    expect(await form.getByRole('status').textContent()).toBe('Reinhard Hoffmann ist jetzt benannt.');
    // Someone named already is not offered twice.
    expect(await form.getByRole('option', { name: 'Reinhard Hoffmann' }).count()).toBe(0);

    await row.getByRole('combobox', { name: 'Rolle von Reinhard Hoffmann' }).selectOption('MEMBER');
    await expect
      .poll(
        async () =>
          (await admin.gql('{ committees { name memberships { role } } }')).data?.committees.find(
            (committee: { name: string }) => committee.name === region1,
          ).memberships,
      )
      .toEqual([{ role: 'MEMBER' }]);
    await e2e.screenshot(page, 'committees-editing');

    await row.getByRole('button', { name: `Reinhard Hoffmann aus ${region1} entfernen` }).click();
    const confirm = page.getByRole('dialog', { name: 'Reinhard Hoffmann entfernen?' });
    expect(await confirm.textContent()).toContain('Wer nur ausscheidet, wird besser „beendet“.');
    await confirm.getByRole('button', { name: 'Entfernen' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect(await group.getByText('Noch niemand benannt.').isVisible()).toBe(true);
  });

  it('creates a body with a member for a period, changes it, and deletes it after naming what is lost', async () => {
    const admin = await e2e.api(DEMO.admin);
    const page = await e2e.newPage({ as: DEMO.admin, viewport: PHONE });
    await page.goto(e2e.url('/committees'));
    await page.getByRole('button', { name: 'Neues Gremium' }).click();
    const create = page.getByRole('dialog', { name: 'Neues Gremium anlegen' });
    await create.getByLabel('Name', { exact: true }).fill('AG Übergänge Kita – Grundschule');
    await create.getByLabel('Kurzname (z. B. „SZ²“, „AG“)').fill('AG Übergänge');
    await create.getByRole('combobox', { name: /^Region/ }).selectOption({ label: 'Steglitz-Zehlendorf' });
    await create.getByRole('combobox', { name: /^Gehört zu/ }).selectOption({ label: 'AG nach § 78 SGB VIII' });
    await create.getByLabel('Beschreibung').fill('Übergänge von der Kita in die Grundschule');
    expect(await seriousViolations(page)).toEqual([]);
    await create.getByRole('button', { name: 'Anlegen' }).click();
    await create.waitFor({ state: 'detached' });

    const group = page.getByRole('region', { name: 'AG Übergänge Kita – Grundschule (AG Übergänge)', exact: true });
    await group.waitFor();
    // Placed below the AG, as its subgroup.
    expect(
      await page
        .getByRole('list', { name: 'Untergruppen: AG' })
        .getByRole('heading', { name: 'AG Übergänge Kita – Grundschule (AG Übergänge)' })
        .count(),
    ).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await group.getByRole('button', { name: 'Mitglieder bearbeiten: AG Übergänge' }).click();
    const form = group.getByRole('form', { name: 'Benennung Personen für AG Übergänge' });
    await form
      .getByRole('combobox', { name: 'Person' })
      .selectOption({ label: 'Mag. Ingrid Krammer (Amt für Jugend und Familie Graz)' });
    await form.getByRole('combobox', { name: 'Rolle' }).selectOption('SPEAKER');
    await form.getByLabel('Seit').fill('2027-01-01');
    await form.getByLabel('Bis').fill('2027-12-31');
    await form.getByRole('button', { name: 'Benennen' }).click();
    const row = group.getByRole('row', { name: /Mag. Ingrid Krammer/ });
    await expect
      .poll(async () => (await row.getByRole('cell').allTextContents()).slice(2, 4))
      .toEqual(['01.01.2027', '31.12.2027']);
    expect(await row.getByRole('combobox', { name: 'Rolle von Mag. Ingrid Krammer' }).inputValue()).toBe('SPEAKER');

    await row.getByRole('button', { name: 'Zeitraum von Mag. Ingrid Krammer ändern' }).click();
    const period = page.getByRole('dialog', { name: 'Mitgliedschaft von Mag. Ingrid Krammer: Zeitraum' });
    await period.getByLabel('Bis').fill('2026-12-31');
    expect(await period.getByRole('alert').textContent()).toBe('Das Ende liegt vor dem Beginn.');
    expect(await period.getByRole('button', { name: 'Zeitraum speichern' }).isDisabled()).toBe(true);
    await period.getByLabel('Bis').fill('2028-06-30');
    await period.getByRole('button', { name: 'Zeitraum speichern' }).click();
    await period.waitFor({ state: 'detached' });
    await expect.poll(async () => (await row.getByRole('cell').allTextContents())[3]).toBe('30.06.2028');

    await group.getByRole('button', { name: 'Gremium bearbeiten: AG Übergänge' }).click();
    const edit = page.getByRole('dialog', { name: 'AG Übergänge bearbeiten' });
    // Not below itself: it is no choice as its own parent.
    const parents = edit.getByRole('combobox', { name: /^Gehört zu/ }).locator('option', { hasText: 'AG Übergänge' });
    expect(await parents.count()).toBe(0);
    await edit.getByLabel('Kurzname (z. B. „SZ²“, „AG“)').fill('AG Kita-Schule');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    const renamed = page.getByRole('region', { name: 'AG Übergänge Kita – Grundschule (AG Kita-Schule)', exact: true });
    await renamed.waitFor();

    await renamed.getByRole('button', { name: 'Gremium löschen: AG Kita-Schule' }).click();
    const confirm = page.getByRole('dialog', { name: 'AG Kita-Schule löschen?' });
    await confirm.getByText('1 Mitgliedschaft').waitFor();
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual(['1 Mitgliedschaft']);
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'committee-delete');
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await expect.poll(() => renamed.count()).toBe(0);
    const { data } = await admin.gql<{ committees: { name: string }[] }>('{ committees { name } }');
    expect(data!.committees.map((committee) => committee.name)).not.toContain('AG Übergänge Kita – Grundschule');
  });
});
