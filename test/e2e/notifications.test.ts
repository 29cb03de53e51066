import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../support/factories';
import { seriousViolations } from './support/axe';
import { type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

const NOW = new Date('2013-04-10T10:00:00+02:00');

describe('notifications page', () => {
  let e2e: E2E;
  let hoffmann: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true, now: () => NOW });
    hoffmann = (await demoIds(e2e.server)).person('Reinhard Hoffmann');
    // A step of his due in four days; the deadline job (run at start and on its interval) runs now.
    await e2e.server.gql('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
      input: { ownerId: hoffmann, items: ['Protokoll versenden'], dueLabel: '14.04.2013' },
    });
    await e2e.server.app.jobs.deadlines.run();
  });
  afterAll(() => e2e?.close());

  const viewAsHoffmann = async (page: Page) => {
    await page.goto(e2e.url('/notifications'));
    await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await page.getByRole('combobox', { name: 'Ansicht als' }).selectOption({ label: 'Reinhard Hoffmann' });
  };

  it('asks whom to view Planwerk as, then shows that person’s notification with an unread badge', async () => {
    const page = await e2e.newPage({ now: NOW });
    await page.goto(e2e.url('/notifications'));
    await page.getByText('Wählen Sie oben, als wer Sie Planwerk ansehen.').waitFor();
    await viewAsHoffmann(page);

    const notice = page.getByRole('listitem').filter({ hasText: 'Protokoll versenden' });
    await notice.waitFor();
    expect(await notice.getByText('Bald fällig').isVisible()).toBe(true);
    expect(await notice.getByText('Ungelesen').isVisible()).toBe(true);
    expect(await notice.locator('time[datetime="2013-04-14"]').textContent()).toBe('14.04.2013');
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await navigation.getByRole('link', { name: 'Benachrichtigungen 1 ungelesen' }).waitFor();
    await e2e.screenshot(page, 'notifications');
    expect(await seriousViolations(page)).toEqual([]);

    await notice.getByRole('button', { name: 'Als gelesen markieren: Protokoll versenden' }).click();
    await notice.getByRole('button', { name: 'Als ungelesen markieren: Protokoll versenden' }).waitFor();
    await navigation.getByRole('link', { name: 'Benachrichtigungen', exact: true }).waitFor();
    const { data } = await e2e.server.gql<{ unreadNotificationCount: number }>(
      'query($id: ID!) { unreadNotificationCount(personId: $id) }',
      { id: hoffmann },
    );
    expect(data!.unreadNotificationCount).toBe(0);

    // The choice is this browser's: it holds on the next visit.
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Ansicht als' }).inputValue()).toBe(hoffmann);
  });

  it('marks everything read at once, and can show the unread ones only', async () => {
    await e2e.server.gql('mutation($id: ID!) { markAllNotificationsRead(personId: $id) }', { id: hoffmann });
    const { data } = await e2e.server.gql<{ notifications: { id: string }[] }>(
      'query($id: ID!) { notifications(personId: $id) { id } }',
      { id: hoffmann },
    );
    await e2e.server.gql('mutation($id: ID!) { markNotificationRead(id: $id, read: false) { id } }', {
      id: data!.notifications[0]!.id,
    });

    const page = await e2e.newPage({ now: NOW });
    await viewAsHoffmann(page);
    await page.getByRole('checkbox', { name: 'Nur ungelesene' }).check();
    await page.getByRole('listitem').filter({ hasText: 'Protokoll versenden' }).waitFor();
    await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await page.getByText('1 Benachrichtigung als gelesen markiert.').waitFor();
    await page.getByText('Keine ungelesenen Benachrichtigungen.').waitFor();
  });

  it('makes a calendar feed in "Mein Kalender", shows its address once, gives it a new one and ends it', async () => {
    const page = await e2e.newPage({ now: NOW, viewport: PHONE });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await viewAsHoffmann(page);
    const calendar = page.getByRole('region', { name: 'Mein Kalender' });
    await calendar.getByRole('textbox', { name: 'Wofür? (optional)' }).fill('Handy');
    await calendar.getByRole('button', { name: 'Kalender-Adresse anlegen' }).click();

    const address = calendar.getByRole('textbox', { name: 'Adresse des Kalenders' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/calendar\/[\w-]{43}\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/^SUMMARY:Reinhard Hoffmann: Protokoll versenden/m);
    await calendar.getByRole('button', { name: 'Kopieren' }).click();
    await calendar.getByText('Die Adresse ist kopiert.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, 'notifications-calendar-phone');
    expect(await seriousViolations(page)).toEqual([]);

    await calendar.getByRole('button', { name: 'Neue Adresse für „Handy“' }).click();
    await page
      .getByRole('dialog', { name: 'Neue Adresse vergeben?' })
      .getByRole('button', { name: 'Neue Adresse' })
      .click();
    await expect.poll(() => address.inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    const renewed = await address.inputValue();

    await calendar.getByRole('button', { name: '„Handy“ beenden' }).click();
    await page.getByRole('dialog', { name: 'Kalender-Abo beenden?' }).getByRole('button', { name: 'Beenden' }).click();
    await calendar.getByText('Das Kalender-Abo ist beendet.').waitFor();
    expect(await calendar.getByRole('listitem').count()).toBe(0);
    expect((await fetch(renewed)).status).toBe(404);
  });

  it('offers a body’s calendar feed on the working-groups page', async () => {
    const page = await e2e.newPage({ now: NOW });
    await page.goto(e2e.url('/committees'));
    await page.getByRole('button', { name: 'Kalender-Abo: SZ²' }).click();
    await page.getByRole('button', { name: 'Kalender-Adresse anlegen' }).click();
    const url = await page.getByRole('textbox', { name: 'Adresse des Kalenders' }).inputValue();
    const calendar = await (await fetch(url)).text();
    expect(calendar).toMatch(/^SUMMARY:SZ2: Positionierung/m);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
