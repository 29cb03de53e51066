import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient } from '../support/auth';
import { demoIds, demoMeetingId, openJoin } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

const NOW = new Date('2013-04-10T10:00:00+02:00');

describe('notifications page', () => {
  let e2e: E2E;
  /** Reinhard Hoffmann, signed in: the pages below show his notifications and calendar. */
  let hoffmann: SessionClient;
  const unread = async () =>
    (await hoffmann.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).data!
      .unreadNotificationCount;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true, now: () => NOW });
    hoffmann = await e2e.api(DEMO.facilitator);
    // A step of his own, due in four days; the deadline job (run at start and on its interval) runs now.
    const { errors } = await hoffmann.gql('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
      input: {
        ownerId: (await demoIds(hoffmann)).person('Reinhard Hoffmann'),
        items: ['Protokoll versenden'],
        dueLabel: '14.04.2013',
      },
    });
    expect(errors).toBeUndefined();
    await e2e.server.app.jobs.deadlines.run();
  });
  afterAll(() => e2e?.close());

  it('has nothing for a guest: no entry in the navigation, no list, no calendar', async () => {
    const code = await openJoin(hoffmann, await demoMeetingId(hoffmann));
    const guest = await joinAsGuest(e2e.server, code, 'Petra Gast');
    const page = await e2e.newPage({ now: NOW, as: guest });
    await page.goto(e2e.url('/notifications'));
    await page.getByText('Als Gast erhalten Sie keine Benachrichtigungen und haben keinen eigenen Kalender.').waitFor();
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await navigation.getByRole('link').allTextContents()).toEqual(['Sitzungen', 'Nächste Schritte']);
    expect(await page.getByRole('region', { name: 'Mein Kalender' }).count()).toBe(0);
  });

  it('shows the signed-in person’s notification with an unread badge, and marks it read', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/notifications'));
    await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();

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
    expect(await unread()).toBe(0);
  });

  it('marks everything read at once, and can show the unread ones only', async () => {
    const { data } = await hoffmann.gql<{ notifications: { id: string }[] }>('{ notifications { id } }');
    await hoffmann.gql('mutation($id: ID!) { markNotificationRead(id: $id, read: false) { id } }', {
      id: data!.notifications[0]!.id,
    });

    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/notifications'));
    await page.getByRole('checkbox', { name: 'Nur ungelesene' }).check();
    await page.getByRole('listitem').filter({ hasText: 'Protokoll versenden' }).waitFor();
    await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await page.getByText('1 Benachrichtigung als gelesen markiert.').waitFor();
    await page.getByText('Keine ungelesenen Benachrichtigungen.').waitFor();
    expect(await unread()).toBe(0);
  });

  it('makes a calendar feed in "Mein Kalender", shows its address once, gives it a new one and ends it', async () => {
    const page = await e2e.newPage({ now: NOW, viewport: PHONE, as: DEMO.facilitator });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(e2e.url('/notifications'));
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

  it('offers a body’s calendar feed on the working-groups page only to those who lead it', async () => {
    // The demo participant leads no committee: no calendar button anywhere.
    const member = await e2e.newPage({ now: NOW, as: DEMO.participant });
    await member.goto(e2e.url('/committees'));
    await member.getByRole('region', { name: 'AG nach § 78 SGB VIII (AG)', exact: true }).waitFor();
    expect(await member.getByRole('button', { name: /^Kalender-Abo/ }).count()).toBe(0);

    const page = await e2e.newPage({ now: NOW, as: DEMO.admin });
    await page.goto(e2e.url('/committees'));
    await page.getByRole('button', { name: 'Kalender-Abo: SZ²' }).click();
    await page.getByRole('button', { name: 'Kalender-Adresse anlegen' }).click();
    const url = await page.getByRole('textbox', { name: 'Adresse des Kalenders' }).inputValue();
    const calendar = await (await fetch(url)).text();
    expect(calendar).toMatch(/^SUMMARY:SZ2: Positionierung/m);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a new notification while the page is open, without reloading it', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/notifications'));
    await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    const arrived = page.getByRole('listitem').filter({ hasText: 'Raum buchen' }).first();

    // The page subscribes on its own schedule: a new step per attempt until one reaches it.
    for (let attempt = 0; attempt < 20 && !(await arrived.isVisible()); attempt += 1) {
      const { errors } = await hoffmann.gql('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
        input: {
          ownerId: (await demoIds(hoffmann)).person('Reinhard Hoffmann'),
          items: ['Raum buchen'],
          dueLabel: '12.04.2013',
        },
      });
      expect(errors).toBeUndefined();
      await e2e.server.app.jobs.deadlines.run();
      await arrived.waitFor({ timeout: 1_000 }).catch(() => {});
    }
    await arrived.waitFor();
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await navigation.getByRole('link', { name: `Benachrichtigungen ${await unread()} ungelesen` }).waitFor();
  });
});
