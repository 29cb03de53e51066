import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

const MEETING = 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf';

describe('workshop board', () => {
  let e2e: E2E;
  let facilitatorApi: SessionClient;
  let meetingId: string;
  let facilitator: Page;
  let ingrid: Page;
  let petra: Page;

  const table = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
  const card = (page: Page | Locator, text: string) => page.getByRole('article', { name: text, exact: true });
  const liveStatus = (page: Page) => page.getByRole('banner').getByRole('status');

  /** A guest joins by the code's link, as from the QR code, and opens the board from the meeting page. */
  async function joinAsGuest(code: string, name: string): Promise<Page> {
    const page = await e2e.newPage();
    await page.goto(e2e.url(`/join/${code}`));
    await page.getByLabel('Ihr Name').fill(name);
    await page.getByRole('button', { name: 'Beitreten' }).click();
    await page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await page.getByRole('link', { name: 'Zum Workshop-Board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshop-Board' }).waitFor();
    await expect.poll(() => liveStatus(page).getAttribute('data-status')).toBe('live');
    return page;
  }

  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    facilitatorApi = await e2e.api(DEMO.facilitator);
    meetingId = (await facilitatorApi.gql('{ meetings { id } }')).data!.meetings[0].id;
  });
  afterAll(() => e2e?.close());

  it('lets two guests join by code; a card one of them writes appears for everyone', async () => {
    facilitator = await e2e.newPage({ as: DEMO.facilitator, viewport: { width: 1280, height: 800 } });
    await facilitator.goto(e2e.url(`/meetings/${meetingId}`));
    const panel = facilitator.getByRole('region', { name: 'Gäste beitreten lassen' });
    await panel.getByRole('button', { name: 'Beitritt öffnen' }).click();
    const code = (await panel.getByText(/^[A-Z2-9]{3} [A-Z2-9]{3}$/).textContent())!.replace(' ', '');
    const phase = await facilitatorApi.gql(
      'mutation ($id: ID!) { setPhase(meetingId: $id, phase: COLLECT) { phase } startTimer(meetingId: $id, seconds: 900) { phase } }',
      { id: meetingId },
    );
    expect(phase.errors).toBeUndefined();
    await facilitator.getByRole('link', { name: 'Zum Workshop-Board' }).click();
    await facilitator.getByText('Sammeln', { exact: true }).waitFor();
    expect(await facilitator.getByRole('timer').textContent()).toMatch(/^1[45]:\d\d$/);

    ingrid = await joinAsGuest(code, 'Ingrid Gast');
    petra = await joinAsGuest(code, 'Petra Gast');

    // Ingrid sits down at "Kritik"; everyone sees her there.
    await table(ingrid, 'Kritik').getByRole('button', { name: 'An diesen Tisch setzen' }).click();
    await table(ingrid, 'Kritik').getByText('Sie sitzen an diesem Tisch.').waitFor();
    await table(facilitator, 'Kritik')
      .getByRole('list', { name: '1 Person am Tisch' })
      .getByText('Ingrid Gast')
      .waitFor();

    await table(ingrid, 'Kritik').getByLabel('Neue Karte für Kritik').fill('Zu wenig Personal');
    await table(ingrid, 'Kritik').getByRole('button', { name: 'Karte hinzufügen' }).click();
    for (const page of [ingrid, petra, facilitator]) {
      await card(table(page, 'Kritik'), 'Zu wenig Personal').waitFor();
    }
    expect(await table(petra, 'Kritik').getByText('24 Punkte').isVisible()).toBe(true);
  });

  it('merges what two people type into the same card at the same time', async () => {
    for (const page of [ingrid, petra]) {
      await card(page, 'Zu wenig Personal').getByRole('button', { name: 'Bearbeiten: Zu wenig Personal' }).click();
      await expect.poll(() => page.getByLabel('Text der Karte').getAttribute('readonly')).toBeNull();
    }
    await ingrid.keyboard.press('End');
    await petra.keyboard.press('Home');
    await Promise.all([
      ingrid.keyboard.type(' in den Regionen', { delay: 40 }),
      petra.keyboard.type('Dringend: ', { delay: 40 }),
    ]);
    // Each sees by name who else is writing in the card (for a few seconds after their last key).
    await Promise.all([
      ingrid.getByText('Petra Gast schreibt gerade mit.').waitFor(),
      petra.getByText('Ingrid Gast schreibt gerade mit.').waitFor(),
    ]);
    const merged = 'Dringend: Zu wenig Personal in den Regionen';
    for (const page of [ingrid, petra]) {
      await expect.poll(() => page.getByLabel('Text der Karte').inputValue()).toBe(merged);
    }
    for (const page of [ingrid, petra]) await page.getByRole('button', { name: 'Fertig' }).click();
    await card(facilitator, merged).waitFor();
  });

  it('brings a guest whose network dropped up to date when it comes back', async () => {
    await petra.context().setOffline(true);
    await expect.poll(() => liveStatus(petra).getAttribute('data-status')).toBe('offline');

    await table(ingrid, 'Chancen').getByLabel('Neue Karte für Chancen').fill('Mehr Prävention vor Ort');
    await table(ingrid, 'Chancen').getByRole('button', { name: 'Karte hinzufügen' }).click();
    await card(facilitator, 'Mehr Prävention vor Ort').waitFor();
    const moved = await facilitatorApi.gql('mutation ($id: ID!) { setPhase(meetingId: $id, phase: GROUP) { phase } }', {
      id: meetingId,
    });
    expect(moved.errors).toBeUndefined();
    expect(await card(petra, 'Mehr Prävention vor Ort').count()).toBe(0);

    await petra.context().setOffline(false);
    await expect.poll(() => liveStatus(petra).getAttribute('data-status'), { timeout: 45_000 }).toBe('live');
    await card(table(petra, 'Chancen'), 'Mehr Prävention vor Ort').waitFor({ timeout: 20_000 });
    await petra.getByText('Gruppieren', { exact: true }).first().waitFor();
  });

  it('lets the facilitator group duplicates by dragging one card onto another, or by keyboard', async () => {
    // Grouping arranges the table: guests do not get it.
    expect(await petra.getByRole('button', { name: /^Gruppieren/ }).count()).toBe(0);

    // The whole column in view: a drag that has to scroll the page is the browser's business.
    await facilitator.setViewportSize({ width: 1280, height: 4400 });
    await card(facilitator, 'Mehr Prävention vor Ort').dragTo(
      card(facilitator, 'Prävention hat eine sichere Finanzierung'),
    );
    const prevention = table(petra, 'Chancen').getByRole('list', { name: '1 gruppierte Karte' });
    await card(prevention, 'Mehr Prävention vor Ort').waitFor();

    const chancen = table(facilitator, 'Chancen');
    await chancen.getByRole('button', { name: 'Gruppieren: Vereinfachung der Verwaltung' }).press('Enter');
    await chancen
      .getByLabel('Doppelte Karte unter „Vereinfachung der Verwaltung“ einordnen')
      .selectOption({ label: 'Weniger Bürokratie' });
    await chancen.getByRole('button', { name: 'Zusammenführen' }).press('Enter');
    const administration = table(petra, 'Chancen').locator('li', { has: card(petra, 'Vereinfachung der Verwaltung') });
    await card(administration.getByRole('list', { name: '1 gruppierte Karte' }), 'Weniger Bürokratie').waitFor();

    await chancen.getByRole('button', { name: 'Aus der Gruppe lösen: Weniger Bürokratie' }).press('Enter');
    await expect.poll(() => administration.getByRole('list').count()).toBe(0);
    expect(
      await table(petra, 'Chancen')
        .getByRole('list', { name: /gruppierte Karte/ })
        .count(),
    ).toBe(1);
  });

  it('gives dots with the remaining count in view, refuses one too many, and keeps a locked table read-only', async () => {
    const { data } = await facilitatorApi.gql('query ($id: ID!) { meeting(id: $id) { workingTables { id title } } }', {
      id: meetingId,
    });
    const kritikId = data!.meeting.workingTables.find((each: { title: string }) => each.title === 'Kritik').id;
    const arranged = await facilitatorApi.gql(
      'mutation ($id: ID!, $table: ID!) { setPhase(meetingId: $id, phase: VOTE) { phase } setVoteBudget(tableId: $table, dots: 2) { voteBudget } }',
      { id: meetingId, table: kritikId },
    );
    expect(arranged.errors).toBeUndefined();
    const kritik = table(petra, 'Kritik');
    await kritik.getByRole('status').filter({ hasText: 'Noch 2 Punkte' }).waitFor();

    const text = 'Dringend: Zu wenig Personal in den Regionen';
    const give = kritik.getByRole('button', { name: `Punkt vergeben: ${text}` });
    await give.click();
    await kritik.getByRole('status').filter({ hasText: 'Noch 1 Punkt' }).waitFor();
    await give.click();
    await kritik.getByRole('status').filter({ hasText: 'Noch 0 Punkte' }).waitFor();
    // No dots left, as the server counts them: no "+" to press (the refusal stays for a race).
    await expect.poll(() => give.count()).toBe(0);
    expect(
      await kritik
        .getByRole('status')
        .filter({ hasText: /^Noch \d+ Punkte?$/ })
        .textContent(),
    ).toBe('Noch 0 Punkte');
    expect(await card(kritik, text).getByText('2 Punkte von Ihnen').isVisible()).toBe(true);

    const locked = await facilitatorApi.gql(
      'mutation ($table: ID!) { setTableLocked(tableId: $table, locked: true) { locked } }',
      {
        table: kritikId,
      },
    );
    expect(locked.errors).toBeUndefined();
    await kritik.getByText('Dieser Tisch ist gesperrt: Karten und Punkte lassen sich nur lesen.').waitFor();
    expect(await kritik.getByRole('button', { name: `Punkt zurücknehmen: ${text}` }).isDisabled()).toBe(true);
    expect(await kritik.getByLabel('Neue Karte für Kritik').count()).toBe(0);
    expect(await kritik.getByRole('button', { name: /^Bearbeiten/ }).count()).toBe(0);
  });

  it('shows one table at a time behind tabs on a phone, without sideways scrolling', async () => {
    await petra.setViewportSize(PHONE);
    const tabs = petra.getByRole('tablist', { name: 'Arbeitstische' }).getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(3);
    await tabs.first().click();
    expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
    await petra.keyboard.press('ArrowRight');
    const kritik = petra.getByRole('tab', { name: 'Kritik' });
    expect(await kritik.getAttribute('aria-selected')).toBe('true');
    expect(await petra.evaluate(() => document.activeElement?.textContent)).toBe('Kritik');
    await petra.getByRole('tabpanel', { name: 'Kritik' }).getByRole('article').first().waitFor();
    expect(await petra.getByRole('region', { name: 'Chancen', exact: true }).count()).toBe(0);
    expect(await sidewaysOverflow(petra)).toBeLessThanOrEqual(0);
    await e2e.screenshot(petra, 'board-phone');

    // The facilitator puts a card of another table in the spotlight: the phone shows it.
    const { data } = await facilitatorApi.gql(
      'query ($id: ID!) { meeting(id: $id) { workingTables { positions { id text } } } }',
      { id: meetingId },
    );
    const positions = data!.meeting.workingTables.flatMap((each: { positions: unknown[] }) => each.positions);
    const spotlight = positions.find((each: { text: string }) => each.text === 'Mehr Prävention vor Ort');
    const shown = await facilitatorApi.gql(
      'mutation ($id: ID!, $p: ID) { setSpotlight(meetingId: $id, positionId: $p) { phase } }',
      {
        id: meetingId,
        p: spotlight.id,
      },
    );
    expect(shown.errors).toBeUndefined();
    await expect.poll(() => petra.getByRole('tab', { name: 'Chancen' }).getAttribute('aria-selected')).toBe('true');
    const spotlit = card(petra, 'Mehr Prävention vor Ort');
    expect(await spotlit.getAttribute('aria-current')).toBe('true');
    expect(await spotlit.getByText('Im Fokus').isVisible()).toBe(true);
  });

  it('has no serious accessibility violations and reads well on a laptop', async () => {
    await facilitator.setViewportSize({ width: 1280, height: 800 });
    await facilitator.getByRole('heading', { level: 2, name: 'Konkretion – Realisierung' }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(await seriousViolations(petra)).toEqual([]);
    await e2e.screenshot(facilitator, 'board');
  });
});
