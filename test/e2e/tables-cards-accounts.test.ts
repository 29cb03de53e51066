import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient } from '../support/auth';
import { buildMeeting, buildPosition, openJoin } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, startE2E } from './support/browser';

/** What reaches the others through the server: on a busy machine that may take more than a second. */
const poll = <T>(value: () => Promise<T>) => expect.poll(value, { timeout: 10_000 });

/** Issue 12, items 5–7: tables set up in the browser, cards deleted, undone and hidden, accounts kept by an admin. */
describe('working tables, cards and accounts in the browser', () => {
  let e2e: E2E;
  let facilitatorApi: SessionClient;
  let meetingId: string;

  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    facilitatorApi = await e2e.api(DEMO.facilitator);
    meetingId = (await buildMeeting(facilitatorApi, { title: 'Übergänge gestalten', startsAt: '2027-02-04T09:00:00Z' }))
      .id;
  });
  afterAll(() => e2e?.close());

  const tableNames = (page: Page) =>
    page
      .getByRole('list', { name: 'Reihenfolge der Arbeitstische' })
      .getByRole('heading', { level: 3 })
      .allTextContents();

  it('lets a facilitator add a table of her own and a Chancen table, rename, reorder by keyboard and remove one', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await page.goto(e2e.url(`/meetings/${meetingId}`));
    const section = page.getByRole('region', { name: 'Arbeitstische' });
    const add = section.getByRole('form', { name: 'Arbeitstisch hinzufügen' });

    await add.getByLabel('Titel', { exact: true }).fill('Offene Fragen');
    await add.getByLabel('Punkte je Person').fill('3');
    await add.getByRole('button', { name: 'Tisch hinzufügen' }).click();
    await section
      .getByRole('article', { name: 'Offene Fragen' })
      .getByText('Eigener Tisch · 3 Punkte je Person')
      .waitFor();

    await add.getByLabel('Art').selectOption({ label: 'Chancen' });
    expect(await add.getByLabel('Titel', { exact: true }).inputValue()).toBe('Chancen');
    await add.getByRole('button', { name: 'Tisch hinzufügen' }).click();
    await poll(() => tableNames(page)).toEqual(['Offene Fragen', 'Chancen']);

    // A blank title is refused in the form, naming the field.
    await add.getByLabel('Titel', { exact: true }).fill('   ');
    await add.getByRole('button', { name: 'Tisch hinzufügen' }).click();
    await add.getByText('Bitte geben Sie dem Tisch einen Titel.').waitFor();

    await section.getByRole('button', { name: 'Tisch „Offene Fragen“ bearbeiten' }).click();
    const edit = section.getByRole('form', { name: '„Offene Fragen“ bearbeiten' });
    await edit.getByLabel('Titel', { exact: true }).fill('Fragen an die Schule');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await poll(() => tableNames(page)).toEqual(['Fragen an die Schule', 'Chancen']);

    await section.getByRole('button', { name: 'Nach oben: Chancen' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => tableNames(page)).toEqual(['Chancen', 'Fragen an die Schule']);
    expect(await seriousViolations(page)).toEqual([]);

    // A table with a card asks first, naming what is lost.
    const tables = (
      await facilitatorApi.gql(`query ($id: ID!) { meeting(id: $id) { workingTables { id title } } }`, {
        id: meetingId,
      })
    ).data!.meeting.workingTables as { id: string; title: string }[];
    await buildPosition(facilitatorApi, tables.find((t) => t.title === 'Fragen an die Schule')!.id, 'Wer lädt ein?');
    await page.reload();
    await section.getByRole('button', { name: 'Tisch „Fragen an die Schule“ entfernen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tisch „Fragen an die Schule“ entfernen?' });
    await dialog.getByText('Mit dem Tisch geht 1 Karte verloren, samt Punkten und Rang.').waitFor();
    await dialog.getByRole('button', { name: 'Entfernen' }).click();
    await poll(() => tableNames(page)).toEqual(['Chancen']);
  });

  describe('cards on the board', () => {
    let guest: Page;
    let facilitator: Page;
    const chancen = (page: Page) => page.getByRole('region', { name: 'Chancen', exact: true });
    const card = (page: Page, text: string) => chancen(page).getByRole('article', { name: text, exact: true });

    beforeAll(async () => {
      const code = await openJoin(facilitatorApi, meetingId);
      guest = await e2e.newPage({ as: await joinAsGuest(e2e.server, code, 'Petra Gast') });
      await guest.goto(e2e.url(`/meetings/${meetingId}/board`));
      await guest.getByRole('banner').locator('[data-status="live"]').waitFor();
      facilitator = await e2e.newPage({ as: DEMO.facilitator });
      await facilitator.goto(e2e.url(`/meetings/${meetingId}/board`));
      await facilitator.getByRole('banner').locator('[data-status="live"]').waitFor();
    });

    it('lets a guest delete her own card and undo it, never someone else’s', async () => {
      await guest.getByLabel('Neue Karte für Chancen').fill('Elterncafé in der Kita');
      await chancen(guest).getByRole('button', { name: 'Karte hinzufügen' }).click();
      await card(guest, 'Elterncafé in der Kita').waitFor();
      await buildPosition(facilitatorApi, (await tableIdOf('Chancen'))!, 'Hospitationen');
      await card(guest, 'Hospitationen').waitFor();
      expect(
        await card(guest, 'Hospitationen')
          .getByRole('button', { name: /löschen/ })
          .count(),
      ).toBe(0);

      await card(guest, 'Elterncafé in der Kita')
        .getByRole('button', { name: 'Karte „Elterncafé in der Kita“ löschen' })
        .click();
      await card(guest, 'Elterncafé in der Kita').waitFor({ state: 'detached' });
      await card(facilitator, 'Elterncafé in der Kita').waitFor({ state: 'detached' });
      await guest.getByText('Karte gelöscht').waitFor();
      await guest.getByRole('button', { name: 'Rückgängig' }).click();
      await card(guest, 'Elterncafé in der Kita').waitFor();
      await card(facilitator, 'Elterncafé in der Kita').waitFor();
    });

    it('lets the facilitator hide a card: gone for the guest, marked for her, and shown again', async () => {
      const hidden = card(facilitator, 'Hospitationen');
      await hidden.getByRole('button', { name: 'Karte „Hospitationen“ ausblenden' }).click();
      await hidden.getByText('Ausgeblendet').waitFor();
      await card(guest, 'Hospitationen').waitFor({ state: 'detached' });
      await hidden.getByRole('button', { name: 'Karte „Hospitationen“ wieder einblenden' }).click();
      await card(guest, 'Hospitationen').waitFor();
      expect(await seriousViolations(facilitator)).toEqual([]);
    });
  });

  it('offers /accounts to the admin only; she invites an account and disables one', async () => {
    const facilitator = await e2e.newPage({ as: DEMO.facilitator });
    await facilitator.goto(e2e.url('/'));
    await facilitator.getByRole('link', { name: 'Sitzungen' }).waitFor();
    expect(await facilitator.getByRole('navigation').getByRole('link', { name: 'Konten' }).count()).toBe(0);

    const page = await e2e.newPage({ as: DEMO.admin });
    await page.goto(e2e.url('/'));
    await page.getByRole('navigation').getByRole('link', { name: 'Konten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konten' }).waitFor();

    const invite = page.getByRole('form', { name: 'Konto einladen' });
    await invite.getByLabel('E-Mail-Adresse').fill('nora.neu@planwerk.example');
    await invite.getByLabel('Name', { exact: true }).fill('Nora Neu');
    await invite.getByRole('button', { name: 'Einladen' }).click();
    const link = await invite.getByLabel('Einladungslink').inputValue();
    expect(link).toMatch(/\/invitation\/[^/]+$/);
    const nora = page.getByRole('row', { name: /Nora Neu/ });
    await nora.getByText('Einladung offen').waitFor();

    const oliver = page.getByRole('row', { name: /Oliver Schruoffenegger/ });
    await oliver.getByRole('button', { name: 'Konto von Oliver Schruoffenegger deaktivieren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Konto von Oliver Schruoffenegger deaktivieren?' });
    await dialog.getByRole('button', { name: 'Deaktivieren' }).click();
    await oliver.getByText('Deaktiviert').waitFor();
    expect(
      await page
        .getByRole('row', { name: /Planwerk-Administration/ })
        .getByRole('button')
        .count(),
    ).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The invited person sets a password through the link and is in.
    const invited = await e2e.newPage();
    await invited.goto(link);
    await invited.getByLabel('Neues Passwort').fill('ein-gutes-passwort-2027');
    await invited.getByLabel('Passwort wiederholen').fill('ein-gutes-passwort-2027');
    await invited.getByRole('button', { name: 'Passwort speichern' }).click();
    await invited.getByRole('heading', { level: 1, name: 'Sitzungen' }).waitFor();
    await page.reload();
    await page
      .getByRole('row', { name: /Nora Neu/ })
      .getByText('Aktiv', { exact: true })
      .waitFor();
    await e2e.screenshot(page, 'accounts');
  });

  async function tableIdOf(title: string) {
    const { data } = await facilitatorApi.gql(`query ($id: ID!) { meeting(id: $id) { workingTables { id title } } }`, {
      id: meetingId,
    });
    return (data!.meeting.workingTables as { id: string; title: string }[]).find((t) => t.title === title)?.id;
  }
});
