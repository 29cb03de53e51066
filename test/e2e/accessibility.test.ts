import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { type E2E, PHONE, startE2E } from './support/browser';

describe('accessibility (axe-core)', () => {
  let e2e: E2E;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    const { data } = await e2e.server.gql<{ meetings: { id: string }[] }>('{ meetings { id } }');
    meetingId = data!.meetings[0]!.id;
  });
  afterAll(() => e2e?.close());

  const pages = () => [
    { path: '/', ready: 'Sitzungen' },
    {
      path: `/meetings/${meetingId}`,
      ready: 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf',
    },
    { path: '/tasks', ready: 'Nächste Schritte' },
    { path: '/committees', ready: 'Arbeitsgruppen und Gremien' },
  ];

  for (const viewport of [undefined, PHONE]) {
    it(`finds no serious or critical violations on the main pages${viewport ? ' on a phone' : ''}`, async () => {
      const page = await e2e.newPage({ viewport });
      for (const { path, ready } of pages()) {
        await page.goto(e2e.url(path));
        await page.getByRole('heading', { level: 1, name: ready }).waitFor();
        await page.locator('main [role=status]:has-text("Wird geladen")').waitFor({ state: 'detached' });
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  }

  it('finds none in the member editor and in English either', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/committees'));
    await page.getByRole('button', { name: 'Mitglieder bearbeiten: SZ²' }).click();
    await page.getByRole('combobox', { name: 'Person' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Working groups and bodies' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
