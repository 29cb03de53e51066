import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type E2E, startE2E } from './support/browser';

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
    // Speakers, coordinators and admins edit members; the demo participant is none of them.
    expect(await page.getByRole('button', { name: /^Mitglieder bearbeiten/ }).count()).toBe(0);
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
    await expect.poll(() => row.count()).toBe(0);
    expect(await group.getByText('Noch niemand benannt.').isVisible()).toBe(true);
  });
});
