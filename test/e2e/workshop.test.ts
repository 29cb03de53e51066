import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';

const MEETING = 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf';
const LAPTOP = { width: 1280, height: 800 };
const VOTE = `mutation ($p: ID!, $dots: Int!) { castVotes(positionId: $p, dots: $dots) { remaining } }`;

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
    expect(await page.getByRole('button', { name: 'Vorbereiten' }).getAttribute('aria-current')).toBe('step');
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'console');

    const phone = await e2e.newPage({ as: DEMO.facilitator, viewport: PHONE });
    await phone.goto(e2e.url(`/meetings/${meetingId}/console`));
    await phone.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await e2e.screenshot(phone, 'console-phone');
  });

  /** A guest in a browser of their own, joined with the code as a phone at a table would. */
  async function joinAsGuest(code: string, name: string): Promise<Page> {
    const guest = await e2e.newPage({ viewport: PHONE });
    await guest.goto(e2e.url(`/join/${code}`));
    await guest.getByLabel('Ihr Name').fill(name);
    await guest.getByRole('button', { name: 'Beitreten' }).click();
    await guest.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    return guest;
  }

  it('takes a table through voting, ranking, timer, spotlight and a next step', async () => {
    const facilitator = await e2e.newPage({ as: DEMO.facilitator, viewport: LAPTOP });
    await facilitator.goto(e2e.url(`/meetings/${meetingId}/console`));
    const join = facilitator.getByRole('region', { name: 'Gäste beitreten lassen' });
    await join.getByRole('button', { name: 'Beitritt öffnen' }).click();
    const code = (await join.getByText(/^[A-Z2-9]{3} [A-Z2-9]{3}$/).textContent())!.replace(' ', '');
    const guests = [await joinAsGuest(code, 'Petra Gast'), await joinAsGuest(code, 'Jan Gast')];
    expect(guests).toHaveLength(2);

    const phase = (name: string) => facilitator.getByRole('button', { name, exact: true });
    await facilitator.getByRole('button', { name: 'Weiter: Sammeln' }).click();
    await expect.poll(() => phase('Sammeln').getAttribute('aria-current')).toBe('step');
    await phase('Punkten').click();
    await expect.poll(() => phase('Punkten').getAttribute('aria-current')).toBe('step');

    const chances = facilitator.getByRole('region', { name: 'Chancen', exact: true });
    const tables = (
      await (
        await e2e.api(DEMO.facilitator)
      ).gql<{
        meeting: { workingTables: { kind: string; positions: { id: string; text: string }[] }[] };
      }>(`query ($id: ID!) { meeting(id: $id) { workingTables { kind positions { id text } } } }`, { id: meetingId })
    ).data!.meeting.workingTables;
    const opportunities = tables.find((table) => table.kind === 'OPPORTUNITIES')!.positions;
    for (const [email, votes] of [
      ['wolfgang.hinte@planwerk.example', [3, 2, 0]],
      ['ingrid.krammer@planwerk.example', [1, 2, 2]],
    ] as const) {
      const voter = await e2e.api(email);
      for (const [index, dots] of votes.entries()) {
        if (dots > 0) expect((await voter.gql(VOTE, { p: opportunities[index]!.id, dots })).errors).toBeUndefined();
      }
    }
    await expect.poll(() => chances.getByText('10 Punkte vergeben').count()).toBe(1);

    // Hidden dots give no proposal; revealed, the proposal by dots appears: 4, 4, 2 (a tie at the top).
    expect(await chances.getByText('Der Vorschlag erscheint, sobald die Punkte aufgedeckt sind.').isVisible()).toBe(
      true,
    );
    await facilitator.getByRole('button', { name: 'Punkte aufdecken' }).click();
    const order = chances.getByRole('list', { name: 'Reihenfolge für Chancen' });
    await expect.poll(() => order.getByRole('listitem').count()).toBe(3);
    expect(await chances.getByText(/^Gleichstand auf Platz 1 mit 4 Punkten/).isVisible()).toBe(true);

    // Confirming outside PRIORITISE is refused visibly.
    await chances.getByRole('button', { name: 'Reihenfolge bestätigen' }).click();
    await chances.getByRole('alert').waitFor();

    await phase('Priorisieren').click();
    await expect.poll(() => phase('Priorisieren').getAttribute('aria-current')).toBe('step');
    const first = opportunities[0]!.text;
    await chances.getByRole('button', { name: `Nach unten: ${first}` }).click();
    expect((await order.getByRole('listitem').nth(1).textContent())?.startsWith(`2${first}`)).toBe(true);
    await chances.getByRole('button', { name: 'Reihenfolge bestätigen' }).click();
    await chances.getByText('Plätze 1–3 sind gespeichert.').waitFor();

    // The timer counts down from the minutes given.
    await facilitator.getByLabel('Minuten').fill('5');
    await facilitator.getByRole('button', { name: 'Starten' }).click();
    await facilitator.getByRole('button', { name: 'Anhalten' }).waitFor();
    expect(await facilitator.getByRole('timer').textContent()).toMatch(/^[45]:\d\d$/);

    // Spotlight a point, then a next step from a Konkretion card.
    const spotlight = facilitator.getByRole('region', { name: 'Hervorheben' });
    await spotlight.getByLabel('Punkt').selectOption({ label: first });
    await spotlight.getByRole('button', { name: 'Allen zeigen' }).click();
    await spotlight.getByRole('button', { name: 'Hervorhebung aufheben' }).waitFor();

    const realisation = facilitator.getByRole('region', { name: 'Konkretion – Realisierung', exact: true });
    const card = tables.find((table) => table.kind === 'REALISATION')!.positions[0]!.text;
    await realisation.getByLabel('Punkt aus „Konkretion – Realisierung“').selectOption({ label: card });
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
    expect(await step.textContent()).toContain('Ostern 2013');
    expect(await step.textContent()).toContain('SZ²');
  });
});
