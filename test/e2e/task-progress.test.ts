import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient } from '../support/auth';
import { demoMeetingId, openJoin } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

// Ten days after Easter Sunday 2013: "Ostern 2013" (31.03.2013) is ten days overdue.
const NOW = new Date('2013-04-10T10:00:00+02:00');

describe('next steps: progress notes and deadlines', () => {
  let e2e: E2E;
  /** Reinhard Hoffmann facilitates the demo meeting: he may post notes on its steps. */
  let facilitator: SessionClient;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true, now: () => NOW });
    facilitator = await e2e.api(DEMO.facilitator);
  });
  afterAll(() => e2e?.close());

  it('lets a guest read the notes, but neither write one nor follow deadlines', async () => {
    const code = await openJoin(facilitator, await demoMeetingId(facilitator));
    const guest = await joinAsGuest(e2e.server, code, 'Petra Gast');
    const page = await e2e.newPage({ now: NOW, as: guest });
    await page.goto(e2e.url('/tasks'));
    const row = page.getByRole('row').filter({ hasText: 'Modell für SZ entwickeln' }).first();
    await row.getByRole('button', { name: /^Verlauf von „Modell für SZ entwickeln“/ }).click();
    const history = page.getByRole('region', { name: 'Verlauf: Modell für SZ entwickeln' });
    await history.getByText('Noch keine Notizen.').waitFor();
    expect(await history.getByRole('button', { name: 'Notiz speichern' }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Fällig / überfällig' }).count()).toBe(0);

    await page.goto(e2e.url('/tasks?view=due'));
    await page.getByText('Als Gast sind Sie für keine Schritte zuständig.', { exact: false }).waitFor();
    expect(await page.getByRole('row').count()).toBe(0);
  });

  it('adds a progress note with a new status to a step, signed by the person signed in', async () => {
    const page = await e2e.newPage({ now: NOW, as: DEMO.facilitator });
    await page.goto(e2e.url('/tasks'));
    const row = page.getByRole('row').filter({ hasText: 'Modell für SZ entwickeln' }).first();
    await row.getByRole('button', { name: 'Verlauf von „Modell für SZ entwickeln“: 0 Notizen' }).click();

    const history = page.getByRole('region', { name: 'Verlauf: Modell für SZ entwickeln' });
    await history.getByText('Noch keine Notizen.').waitFor();
    await history.getByText('Die Notiz wird als Reinhard Hoffmann gespeichert.').waitFor();
    await history.getByRole('textbox', { name: 'Notiz' }).fill('Entwurf liegt vor, Abstimmung in der AG am 18.04.');
    await history.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In Arbeit' });
    await history.getByRole('button', { name: 'Notiz speichern' }).click();

    const note = history.getByRole('listitem');
    await note.getByText('Entwurf liegt vor, Abstimmung in der AG am 18.04.').waitFor();
    expect(await note.textContent()).toContain('Reinhard Hoffmann');
    expect(await note.textContent()).toContain('Status: In Arbeit');
    await expect.poll(() => row.getByRole('combobox', { name: /^Status von/ }).inputValue()).toBe('IN_PROGRESS');
    await row.getByRole('button', { name: 'Verlauf von „Modell für SZ entwickeln“: 1 Notiz' }).waitFor();
    expect(await history.getByRole('textbox', { name: 'Notiz' }).inputValue()).toBe('');
    await e2e.screenshot(page, 'task-progress');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'task-progress-phone');

    const { data } = await facilitator.gql<{
      tasks: { status: string; progress: { text: string; author: { name: string } }[] }[];
    }>('{ tasks(filter: { status: [IN_PROGRESS] }) { status progress { text author { name } } } }');
    expect(data!.tasks).toEqual([
      {
        status: 'IN_PROGRESS',
        progress: [
          { text: 'Entwurf liegt vor, Abstimmung in der AG am 18.04.', author: { name: 'Reinhard Hoffmann' } },
        ],
      },
    ]);
  });

  it('shows what is due or overdue for the viewer, else for the chosen owner', async () => {
    // The demo participant owns no step and is a member of no committee: nothing is due for him.
    const page = await e2e.newPage({ now: NOW, as: DEMO.participant });
    await page.goto(e2e.url('/tasks'));
    await page.getByRole('radio', { name: 'Fällig / überfällig' }).click();
    await page.getByText('Ihre offenen Schritte und die Ihrer Gremien', { exact: false }).waitFor();
    await page.getByText('Für diese Auswahl gibt es keine Schritte.').waitFor();
    await page.getByRole('combobox', { name: 'Wer' }).selectOption({ label: 'AG – AG nach § 78 SGB VIII' });
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    expect(await page.getByRole('row').nth(1).textContent()).toContain('10 Tage überfällig');
    expect(new URL(page.url()).searchParams.get('view')).toBe('due');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
