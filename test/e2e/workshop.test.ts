import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';

const MEETING = 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf';
const LAPTOP = { width: 1280, height: 800 };
/** What reaches the others through the server: on a busy machine that may take more than a second. */
const poll = <T>(value: () => Promise<T>) => expect.poll(value, { timeout: 10_000 });

describe('running a workshop from the facilitator console', () => {
  let e2e: E2E;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    meetingId = await demoMeetingId(await e2e.api(DEMO.facilitator));
  });
  afterAll(() => e2e?.close());

  it('refuses the console to participants with a message', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url(`/meetings/${meetingId}/console`));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Die Moderation steht nur den Moderierenden dieser Sitzung offen.');
    expect(await page.getByRole('button', { name: 'Reihenfolge bestätigen' }).count()).toBe(0);
  });

  it('shows the console to the facilitator, linked from the meeting page, accessible on a laptop and a phone', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator, viewport: { width: 1280, height: 800 } });
    await page.goto(e2e.url(`/meetings/${meetingId}`));
    await page.getByRole('link', { name: 'Moderation öffnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    expect(await page.getByRole('button', { name: 'Vorbereitung' }).getAttribute('aria-current')).toBe('step');
    expect(await seriousViolations(page)).toEqual([]);

    const phone = await e2e.newPage({ as: DEMO.facilitator, viewport: PHONE });
    await phone.goto(e2e.url(`/meetings/${meetingId}/console`));
    await phone.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await e2e.screenshot(phone, 'console-phone');
  });

  const table = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
  const card = (page: Page, title: string, text: string) =>
    table(page, title).getByRole('article', { name: text, exact: true });

  /** A guest joins with the code in a browser of their own and opens the board from the meeting page. */
  async function joinAsGuest(code: string, name: string, viewport = LAPTOP): Promise<Page> {
    const guest = await e2e.newPage({ viewport });
    await guest.goto(e2e.url(`/join/${code}`));
    await guest.getByLabel('Ihr Name').fill(name);
    await guest.getByRole('button', { name: 'Beitreten' }).click();
    await guest.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await guest.getByRole('link', { name: 'Zum Workshop-Board' }).click();
    await guest.getByRole('heading', { level: 1, name: 'Workshop-Board' }).waitFor();
    await expect.poll(() => guest.getByRole('banner').getByRole('status').getAttribute('data-status')).toBe('live');
    return guest;
  }

  /** Gives a card dots one by one with the board's button, each time waiting for the count to show. */
  async function vote(guest: Page, text: string, dots: number) {
    for (let given = 1; given <= dots; given += 1) {
      await card(guest, 'Chancen', text)
        .getByRole('button', { name: `Punkt vergeben: ${text}` })
        .click();
      await card(guest, 'Chancen', text)
        .getByText(`${given} ${given === 1 ? 'Punkt' : 'Punkte'} von Ihnen`)
        .waitFor();
    }
  }

  let facilitator: Page;
  let petra: Page;
  let jan: Page;
  let texts: (kind: string) => string[];
  const phase = (name: string) => facilitator.getByRole('button', { name, exact: true });

  it('lets two guests join by code and vote on the board once the facilitator moves to VOTE', async () => {
    const api = await e2e.api(DEMO.facilitator);
    const { data } = await api.gql<{
      meeting: { workingTables: { kind: string; positions: { id: string; text: string }[] }[] };
    }>('query ($id: ID!) { meeting(id: $id) { workingTables { kind positions { id text } } } }', { id: meetingId });
    texts = (kind: string) =>
      data!.meeting.workingTables.find((each) => each.kind === kind)!.positions.map((position) => position.text);
    const [first, second, third] = texts('OPPORTUNITIES') as [string, string, string];

    facilitator = await e2e.newPage({ as: DEMO.facilitator, viewport: LAPTOP });
    await facilitator.goto(e2e.url(`/meetings/${meetingId}/console`));
    const join = facilitator.getByRole('region', { name: 'Gäste beitreten lassen' });
    await join.getByRole('button', { name: 'Beitritt öffnen' }).click();
    const code = (await join.getByText(/^[A-Z2-9]{3} [A-Z2-9]{3}$/).textContent())!.replace(' ', '');
    petra = await joinAsGuest(code, 'Petra Gast');
    jan = await joinAsGuest(code, 'Jan Gast', PHONE);

    // Presence: the console names who sits at a table.
    await table(petra, 'Chancen').getByRole('button', { name: 'An diesen Tisch setzen' }).click();
    await table(facilitator, 'Chancen').getByText('Petra Gast').waitFor();

    await facilitator.getByRole('button', { name: 'Weiter: Sammeln' }).click();
    await poll(() => phase('Sammeln').getAttribute('aria-current')).toBe('step');
    await phase('Abstimmen').click();
    await poll(() => phase('Abstimmen').getAttribute('aria-current')).toBe('step');

    // A smaller budget for "Kritik" reaches the boards at once.
    const kritik = table(facilitator, 'Kritik');
    await kritik.getByLabel('Punkte pro Person').fill('3');
    await kritik.getByRole('button', { name: 'Übernehmen' }).click();
    await table(petra, 'Kritik').getByRole('status').filter({ hasText: 'Noch 3 Punkte' }).waitFor();

    // Both guests vote on the board and see their remaining dots; one too many is refused.
    const remaining = (guest: Page) =>
      table(guest, 'Chancen')
        .getByRole('status')
        .filter({ hasText: /^Noch \d+ Punkte?$/ });
    for (const guest of [petra, jan]) await poll(() => remaining(guest).textContent()).toBe('Noch 5 Punkte');
    await vote(petra, first, 3);
    await vote(petra, second, 2);
    await poll(() => remaining(petra).textContent()).toBe('Noch 0 Punkte');
    // Spent: the board offers no more dots here.
    await poll(() =>
      table(petra, 'Chancen')
        .getByRole('button', { name: /^Punkt vergeben: / })
        .count(),
    ).toBe(0);
    await vote(jan, first, 1);
    await vote(jan, second, 2);
    await vote(jan, third, 2);
    await poll(() => remaining(jan).textContent()).toBe('Noch 0 Punkte');
  });

  it('reveals the dots, proposes the top five with its tie, and the confirmed ranks appear on both boards', async () => {
    const [first, second, third] = texts('OPPORTUNITIES') as [string, string, string];

    const chances = table(facilitator, 'Chancen');
    await chances.getByText('10 Punkte vergeben').waitFor();
    // Hidden dots give no proposal; revealed, the proposal by dots appears: 4, 4, 2, a tie at the top.
    expect(await chances.getByText('Der Vorschlag erscheint, sobald die Punkte aufgedeckt sind.').isVisible()).toBe(
      true,
    );
    await facilitator.getByRole('button', { name: 'Punkte aufdecken' }).click();
    const order = chances.getByRole('list', { name: 'Reihenfolge für Chancen' });
    await poll(() => order.getByRole('listitem').count()).toBe(3);
    expect(await chances.getByText(/^Gleichstand auf Platz 1 mit 4 Punkten/).isVisible()).toBe(true);

    // Confirming before PRIORITISE is refused, visibly.
    await chances.getByRole('button', { name: 'Reihenfolge bestätigen' }).click();
    await chances.getByRole('alert').waitFor();

    await phase('Priorisieren').click();
    await poll(() => phase('Priorisieren').getAttribute('aria-current')).toBe('step');
    // By keyboard: down twice to the end, where focus moves to its "up" button, and up once.
    const focused = () => facilitator.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await chances.getByRole('button', { name: `Nach unten: ${first}` }).focus();
    await facilitator.keyboard.press('Enter');
    expect(await focused()).toBe(`Nach unten: ${first}`);
    await facilitator.keyboard.press('Enter');
    expect(await order.getByRole('listitem').nth(2).textContent()).toContain(first);
    await poll(focused).toBe(`Nach oben: ${first}`);
    await facilitator.keyboard.press('Enter');
    expect(await order.getByRole('listitem').nth(0).textContent()).toContain(second);
    expect(await order.getByRole('listitem').nth(1).textContent()).toContain(first);
    await chances.getByRole('button', { name: 'Reihenfolge bestätigen' }).click();
    await chances.getByText('Plätze 1–3 sind gespeichert.').waitFor();
    for (const guest of [petra, jan]) {
      for (const [text, rank] of [
        [second, 1],
        [first, 2],
        [third, 3],
      ] as const) {
        await card(guest, 'Chancen', text)
          .getByRole('img', { name: `Platz ${rank}` })
          .waitFor();
      }
    }
  });

  it('runs the timer and puts a point in the spotlight on both boards', async () => {
    const third = texts('OPPORTUNITIES')[2]!;
    // The timer counts down on every board.
    await facilitator.getByLabel('Minuten').fill('5');
    await facilitator.getByRole('button', { name: 'Starten' }).click();
    await facilitator.getByRole('button', { name: 'Anhalten' }).waitFor();
    expect(await facilitator.getByRole('timer').textContent()).toMatch(/^[45]:\d\d$/);
    for (const guest of [petra, jan]) await poll(() => guest.getByRole('timer').textContent()).toMatch(/^[45]:\d\d$/);

    // A point in the spotlight on everyone's board.
    const spotlight = facilitator.getByRole('region', { name: 'Hervorheben' });
    await spotlight.getByLabel('Punkt').selectOption({ label: third });
    await spotlight.getByRole('button', { name: 'Allen zeigen' }).click();
    await spotlight.getByRole('button', { name: 'Hervorhebung aufheben' }).waitFor();
    for (const guest of [petra, jan]) await card(guest, 'Chancen', third).getByText('Im Fokus').waitFor();
  });

  it('locks a table for everyone and unlocks it again', async () => {
    const kritik = table(facilitator, 'Kritik');
    await kritik.getByRole('button', { name: 'Tisch sperren' }).click();
    await kritik.getByText('Gesperrt', { exact: true }).waitFor();
    const notice = table(petra, 'Kritik').getByText(
      'Dieser Tisch ist gesperrt: Karten und Punkte lassen sich nur lesen.',
    );
    await notice.waitFor();
    await kritik.getByRole('button', { name: 'Tisch entsperren' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it('turns a Konkretion card into a next step that the tasks page shows', async () => {
    // A Konkretion card becomes a next step.
    const realisation = table(facilitator, 'Konkretion – Realisierung');
    const [source] = texts('REALISATION') as [string];
    await realisation.getByLabel('Punkt aus „Konkretion – Realisierung“').selectOption({ label: source });
    await realisation.getByLabel('Wer').selectOption({ label: 'SZ² – Strategisches Zentrum Steglitz-Zehlendorf' });
    await realisation
      .getByLabel('Was (eine Zeile je Aufgabe)')
      .fill('Sozialraumbudget im Jugendhilfeausschuss vorstellen');
    await realisation.getByLabel('Bis wann').fill('Ostern 2013');
    await realisation.getByRole('button', { name: 'Nächsten Schritt anlegen' }).click();
    await realisation
      .getByText('Nächster Schritt angelegt: Sozialraumbudget im Jugendhilfeausschuss vorstellen.')
      .waitFor();
    await e2e.screenshot(facilitator, 'console');
    expect(await seriousViolations(facilitator)).toEqual([]);

    await realisation.getByRole('link', { name: 'Zu den nächsten Schritten' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Nächste Schritte' }).waitFor();
    const step = facilitator
      .getByRole('row')
      .filter({ hasText: 'Sozialraumbudget im Jugendhilfeausschuss vorstellen' });
    await step.waitFor();
    // The deadline as written, with the date it stands for.
    expect(await step.textContent()).toContain('Ostern 2013 · 31.03.2013');
    expect(await step.textContent()).toContain('SZ²');
  });
});
