import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, demoIds } from '../support/factories';
import { DEMO, type E2E, startE2E } from './support/browser';

// Ten days after Easter Sunday 2013: "Ostern 2013" (31.03.2013) is ten days overdue.
const NOW = new Date('2013-04-10T10:00:00+02:00');

describe('next steps page', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true, now: () => NOW });
  });
  afterAll(() => e2e?.close());

  const easterRow = (page: Awaited<ReturnType<E2E['newPage']>>) =>
    page.getByRole('row').filter({ hasText: 'Modell für SZ entwickeln' });

  it('rolls a refused status change back and says why', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('UpdateTaskStatus')) return route.continue();
      await route.fulfill({ json: { data: null, errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] } });
    });
    await page.goto(e2e.url('/tasks'));
    const status = easterRow(page).getByRole('combobox');
    await status.selectOption('DONE');

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Dazu fehlt Ihnen die Berechtigung.');
    await expect.poll(() => status.inputValue()).toBe('OPEN');
    const { data } = await (await e2e.api(DEMO.facilitator)).gql(`{ tasks(filter: { status: [DONE] }) { id } }`);
    expect(data?.tasks).toEqual([]);
  });

  it('shows who does what by when, with "Ostern 2013" resolved and marked overdue', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/tasks'));
    await page.getByRole('heading', { level: 1, name: 'Nächste Schritte' }).waitFor();

    const row = easterRow(page);
    await row.waitFor();
    expect(await row.getByRole('cell').nth(0).textContent()).toContain('AG');
    expect(await row.getByRole('cell').nth(2).textContent()).toContain('Ostern 2013 · 31.03.2013');
    expect(await row.locator('time').getAttribute('datetime')).toBe('2013-03-31');
    expect(await row.getByText('10 Tage überfällig').isVisible()).toBe(true);
    expect(await page.getByRole('row').count()).toBe(4);
    await e2e.screenshot(page, 'tasks');
  });

  it('filters by view and owner, and keeps the selection in the address', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/tasks'));
    await page.getByRole('radio', { name: 'Überfällig', exact: true }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(4);
    await page.getByRole('combobox', { name: 'Wer' }).selectOption({ label: 'JugA – Jugendamt Steglitz-Zehlendorf' });
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('view')).toBe('overdue');

    await page.getByRole('radio', { name: 'Fällig in 30 Tagen' }).click();
    await expect.poll(() => page.getByText('Für diese Auswahl gibt es keine Schritte.').isVisible()).toBe(true);
  });

  it('marks a step done at once, and moves it out of the overdue view', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/tasks?view=overdue'));
    const row = easterRow(page);
    await row.getByRole('combobox').selectOption('DONE');

    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    await page.getByRole('radio', { name: 'Erledigt' }).click();
    await expect.poll(() => easterRow(page).getByRole('combobox').inputValue()).toBe('DONE');
    expect(await easterRow(page).getByText('überfällig').count()).toBe(0);
  });

  it('shows "mine" and "my bodies" to a signed-in person', async () => {
    const admin = await e2e.api(DEMO.admin);
    const ids = await demoIds(admin);
    const oliver = ids.person('Oliver Schruoffenegger');
    await addMember(admin, ids.committee('SZ²'), oliver);
    const created = await admin.gql(`mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { ownerId: oliver, items: ['Protokoll an die AG verteilen'], dueLabel: 'Mai 2013' },
    });
    expect(created.errors).toBeUndefined();

    const page = await e2e.newPage({ now: NOW, as: DEMO.participant });
    await page.goto(e2e.url('/tasks?view=all'));
    await expect.poll(() => page.getByRole('row').count()).toBe(5);
    const owner = page.getByRole('combobox', { name: 'Wer' });

    await owner.selectOption({ label: 'Meine' });
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    expect(await page.getByRole('row').nth(1).textContent()).toContain('Protokoll an die AG verteilen');
    expect(new URL(page.url()).searchParams.get('owner')).toBe('mine');

    await owner.selectOption({ label: 'Meine Gremien' });
    await expect.poll(() => page.getByRole('row').nth(1).textContent()).toContain('Benennung Personen für AG');
    expect(await page.getByRole('row').count()).toBe(2);
    await e2e.screenshot(page, 'tasks-my-bodies');
  });
});
