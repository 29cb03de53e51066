import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

describe('accessibility (axe-core)', () => {
  let e2e: E2E;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    meetingId = await demoMeetingId(await e2e.api(DEMO.facilitator));
  });
  afterAll(() => e2e?.close());

  const pages = () => [
    { path: '/', ready: 'Sitzungen' },
    {
      path: `/meetings/${meetingId}`,
      ready: 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf',
    },
    { path: '/meetings/new', ready: 'Neue Sitzung' },
    { path: '/tasks', ready: 'Nächste Schritte' },
    { path: '/committees', ready: 'Arbeitsgruppen und Gremien' },
  ];

  /** The ways in, as an anonymous visitor finds them; a phone at a working table opens the join page. */
  const entryPages = [
    { path: '/', ready: 'Willkommen bei Planwerk' },
    { path: '/sign-in?next=%2Ftasks', ready: 'Anmelden' },
    { path: '/join', ready: 'Sitzung beitreten' },
    { path: '/join/AB3K7X', ready: 'Sitzung beitreten' },
  ];

  for (const viewport of [undefined, PHONE]) {
    it(`finds none on the sign-in and join pages${viewport ? ' on a phone' : ''}, also with a refusal shown`, async () => {
      const page = await e2e.newPage({ viewport });
      for (const { path, ready } of entryPages) {
        await page.goto(e2e.url(path));
        await page.getByRole('heading', { level: 1, name: ready }).waitFor();
        await page.locator('main [role=status]:has-text("Wird geladen")').waitFor({ state: 'detached' });
        expect(await seriousViolations(page), path).toEqual([]);
      }
      await page.getByLabel('Ihr Name').fill('Gast');
      await page.getByRole('button', { name: 'Beitreten' }).click();
      await page.getByRole('alert').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(`finds no serious or critical violations on the main pages${viewport ? ' on a phone' : ''}`, async () => {
      // The facilitator, so that the meeting page carries the join panel too.
      const page = await e2e.newPage({ viewport, as: DEMO.facilitator });
      for (const { path, ready } of pages()) {
        await page.goto(e2e.url(path));
        await page.getByRole('heading', { level: 1, name: ready }).waitFor();
        await page.locator('main [role=status]:has-text("Wird geladen")').waitFor({ state: 'detached' });
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  }

  it("finds none in the facilitator's open join panel with its QR code", async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await page.goto(e2e.url(`/meetings/${meetingId}`));
    await page.getByRole('button', { name: 'Beitritt öffnen' }).click();
    await page.getByRole('img', { name: /^QR-Code zum Beitreten/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Beitritt schließen' }).click();
    await page.getByRole('button', { name: 'Beitritt öffnen' }).waitFor();
  });

  it('finds none on the templates page and in a template being edited, on a phone too', async () => {
    for (const viewport of [undefined, PHONE]) {
      const page = await e2e.newPage({ viewport, as: DEMO.admin });
      await page.goto(e2e.url('/meetings/templates'));
      await page.getByRole('heading', { level: 1, name: 'Vorlagen für Sitzungen' }).waitFor();
      await page.getByRole('button', { name: 'Vorlage „Workshop mit Arbeitstischen“ bearbeiten' }).click();
      await page.getByRole('textbox', { name: 'Titel von Tisch 3' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    }
  });

  it('finds none in the member editor and in English either', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await page.goto(e2e.url('/committees'));
    await page.getByRole('button', { name: 'Mitglieder bearbeiten: SZ²' }).click();
    await page.getByRole('combobox', { name: 'Person' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Working groups and bodies' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
