import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

const TITLE = 'Übergänge Kita – Grundschule';
const LAPTOP = { width: 1280, height: 900 };
/** What reaches the others through the server: on a busy machine that may take more than a second. */
const poll = <T>(value: () => Promise<T>) => expect.poll(value, { timeout: 10_000 });

/**
 * Issue 12 (a): a workshop planned and run in the browser from "Neue Sitzung" to its protocol,
 * with nothing prepared by the API or the demo meeting.
 */
describe('a workshop from "Neue Sitzung" to its protocol', () => {
  let e2e: E2E;
  let facilitator: Page;
  let meetingPath: string;
  let code: string;
  let petra: Page;
  let jan: Page;

  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
  });
  afterAll(() => e2e?.close());

  const table = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
  const phase = (name: string) => facilitator.getByRole('button', { name, exact: true });

  it('lets the facilitator sign in and create the workshop from its template, on a future date', async () => {
    facilitator = await e2e.newPage({ viewport: LAPTOP });
    await facilitator.goto(e2e.url('/sign-in'));
    await facilitator.getByLabel('E-Mail-Adresse').fill(DEMO.facilitator);
    await facilitator.getByLabel('Passwort').fill('planwerk-demo');
    await facilitator.getByRole('button', { name: 'Anmelden' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Sitzungen' }).waitFor();

    await facilitator.getByRole('link', { name: 'Neue Sitzung' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Neue Sitzung' }).waitFor();
    expect(await facilitator.getByRole('radio', { name: /^Workshop mit Arbeitstischen/ }).isChecked()).toBe(true);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.getByLabel('Titel', { exact: true }).fill(TITLE);
    await facilitator.getByLabel('Tag', { exact: true }).fill('2027-01-14');
    await facilitator.getByLabel('Beginn', { exact: true }).fill('09:30');
    await facilitator.getByLabel('Ende', { exact: true }).fill('13:00');
    await facilitator.getByLabel('Ort', { exact: true }).fill('Rathaus Zehlendorf, BVV-Saal');
    await facilitator.getByRole('button', { name: 'Sitzung anlegen' }).click();

    await facilitator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    meetingPath = new URL(facilitator.url()).pathname;
    expect(await facilitator.locator('dd time').first().textContent()).toBe('Donnerstag, 14.01.2027, 09:30–13:00 Uhr');
    for (const title of ['Chancen', 'Kritik', 'Konkretion – Realisierung']) {
      expect(await table(facilitator, title).getByText('0 Punkte').isVisible()).toBe(true);
    }
  });

  it('adds two talks, reorders them by keyboard, and invites a body', async () => {
    const program = facilitator.getByRole('region', { name: 'Programm' });
    const add = program.getByRole('form', { name: 'Beitrag oder Tagesordnungspunkt hinzufügen' });
    await add.getByLabel('Titel', { exact: true }).fill('Wie Kinder den Übergang erleben');
    await add.getByLabel('Sprecher/in (wie im Programm)').fill('Dr. Anna Lindner');
    await add.getByLabel('Funktion, Organisation').fill('Kita-Eigenbetrieb Süd-West');
    await add.getByLabel('Minuten', { exact: true }).fill('20');
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    await program.getByRole('article', { name: 'Wie Kinder den Übergang erleben' }).waitFor();

    await add.getByLabel('Titel', { exact: true }).fill('Sozialräumliche Finanzierung am Übergang');
    await add
      .getByLabel('Person aus dem Verzeichnis')
      .selectOption({ label: 'Prof. Dr. Wolfgang Hinte (ISSAB Essen)' });
    expect(await add.getByLabel('Sprecher/in (wie im Programm)').inputValue()).toBe('Prof. Dr. Wolfgang Hinte');
    await add.getByLabel('Minuten', { exact: true }).fill('30');
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    const talks = program.getByRole('list', { name: 'Programm' }).getByRole('heading', { level: 3 });
    await poll(() => talks.allTextContents()).toEqual([
      'Wie Kinder den Übergang erleben',
      'Sozialräumliche Finanzierung am Übergang',
    ]);
    expect(await program.getByText('Geplant: 50 Minuten').isVisible()).toBe(true);

    // By keyboard: the second talk up; the focus stays with it, now on its "down" button.
    await program.getByRole('button', { name: 'Nach oben: Sozialräumliche Finanzierung am Übergang' }).focus();
    await facilitator.keyboard.press('Enter');
    await poll(() => talks.allTextContents()).toEqual([
      'Sozialräumliche Finanzierung am Übergang',
      'Wie Kinder den Übergang erleben',
    ]);
    await poll(() => facilitator.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Nach unten: Sozialräumliche Finanzierung am Übergang',
    );

    const invitees = facilitator.getByRole('region', { name: 'Eingeladen' });
    await invitees
      .getByRole('combobox', { name: 'Gremium, Organisation oder Person' })
      .selectOption({ label: 'AG – AG nach § 78 SGB VIII' });
    await invitees.getByRole('button', { name: 'Einladen' }).click();
    await invitees.getByRole('button', { name: 'AG nach § 78 SGB VIII ausladen' }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);
  });

  /** A guest joins with the code in a browser of their own and opens the board from the meeting page. */
  async function joinAsGuest(name: string, organisation: string, viewport = LAPTOP): Promise<Page> {
    const guest = await e2e.newPage({ viewport });
    await guest.goto(e2e.url(`/join/${code}`));
    await guest.getByLabel('Ihr Name').fill(name);
    await guest.getByLabel('Organisation (freiwillig)').fill(organisation);
    await guest.getByRole('button', { name: 'Beitreten' }).click();
    await guest.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await guest.getByRole('link', { name: 'Zum Workshop-Board' }).click();
    await guest.getByRole('heading', { level: 1, name: 'Workshop-Board' }).waitFor();
    await poll(() => guest.getByRole('banner').getByRole('status').getAttribute('data-status')).toBe('live');
    return guest;
  }

  it('opens joining; two guests join by code, one on a phone, and write cards in COLLECT', async () => {
    const join = facilitator.getByRole('region', { name: 'Gäste beitreten lassen' });
    await join.getByRole('button', { name: 'Beitritt öffnen' }).click();
    code = (await join.getByText(/^[A-Z2-9]{3} [A-Z2-9]{3}$/).textContent())!.replace(' ', '');
    petra = await joinAsGuest('Petra Gast', 'Kita Sonnenschein');
    jan = await joinAsGuest('Jan Gast', 'Grundschule am Dorfteich', PHONE);
    expect(await sidewaysOverflow(jan)).toBeLessThanOrEqual(0);

    await facilitator.goto(e2e.url(`${meetingPath}/console`));
    await facilitator.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    await facilitator.getByRole('button', { name: 'Weiter: Sammeln' }).click();
    await poll(() => phase('Sammeln').getAttribute('aria-current')).toBe('step');

    const write = async (guest: Page, title: string, text: string) => {
      await guest.getByLabel(`Neue Karte für ${title}`).fill(text);
      await table(guest, title).getByRole('button', { name: 'Karte hinzufügen' }).click();
      await table(guest, title).getByRole('article', { name: text, exact: true }).waitFor();
    };
    await write(petra, 'Chancen', 'Gemeinsame Sprache von Kita und Schule');
    await write(petra, 'Kritik', 'Zu wenig Zeit für Übergabegespräche');
    // On the phone the tables are tabs.
    await jan.getByRole('tab', { name: /Konkretion/ }).click();
    await write(jan, 'Konkretion – Realisierung', 'Übergabegespräche verbindlich im Januar');
    await jan.getByRole('tab', { name: /Chancen/ }).click();
    await write(jan, 'Chancen', 'Eltern früher einbeziehen');

    // One guest deletes a card of her own; the undo she is offered goes unused.
    await write(petra, 'Kritik', 'Zu wenig Zeit (doppelt)');
    const duplicate = table(petra, 'Kritik').getByRole('article', { name: 'Zu wenig Zeit (doppelt)', exact: true });
    await duplicate.getByRole('button', { name: 'Karte „Zu wenig Zeit (doppelt)“ löschen' }).click();
    await duplicate.waitFor({ state: 'detached' });
    await petra.getByText('Karte gelöscht').waitFor();
    await poll(() => table(petra, 'Kritik').getByRole('article').count()).toBe(1);
  });

  it('runs VOTE and PRIORITISE: the guests give dots, the facilitator confirms the order', async () => {
    await phase('Abstimmen').click();
    await poll(() => phase('Abstimmen').getAttribute('aria-current')).toBe('step');
    for (const [guest, text] of [
      [petra, 'Eltern früher einbeziehen'],
      [jan, 'Eltern früher einbeziehen'],
      [jan, 'Gemeinsame Sprache von Kita und Schule'],
    ] as const) {
      const chances = table(guest, 'Chancen');
      await chances
        .getByRole('article', { name: text, exact: true })
        .getByRole('button', { name: `Punkt vergeben: ${text}` })
        .click();
      await chances
        .getByRole('article', { name: text, exact: true })
        .getByText(/Punkte? von Ihnen/)
        .waitFor();
    }
    const chances = table(facilitator, 'Chancen');
    await chances.getByText('3 Punkte vergeben').waitFor();
    await facilitator.getByRole('button', { name: 'Punkte aufdecken' }).click();
    await phase('Priorisieren').click();
    await poll(() => phase('Priorisieren').getAttribute('aria-current')).toBe('step');
    const order = chances.getByRole('list', { name: 'Reihenfolge für Chancen' });
    await poll(() => order.getByRole('listitem').count()).toBe(2);
    await chances.getByRole('button', { name: 'Reihenfolge bestätigen' }).click();
    await chances.getByText('Plätze 1–2 sind gespeichert.').waitFor();
    await table(petra, 'Chancen')
      .getByRole('article', { name: 'Eltern früher einbeziehen', exact: true })
      .getByRole('img', { name: 'Platz 1' })
      .waitFor();
  });

  it('turns the Konkretion card into a next step "Ende Januar 2027" and closes the meeting', async () => {
    const realisation = table(facilitator, 'Konkretion – Realisierung');
    await realisation
      .getByLabel('Punkt aus „Konkretion – Realisierung“')
      .selectOption({ label: 'Übergabegespräche verbindlich im Januar' });
    await realisation.getByLabel('Wer').selectOption({ label: 'AG – AG nach § 78 SGB VIII' });
    await realisation.getByLabel('Bis wann').fill('Ende Januar 2027');
    await realisation.getByRole('button', { name: 'Nächsten Schritt anlegen' }).click();
    await realisation.getByText(/^Nächster Schritt angelegt: Übergabegespräche verbindlich im Januar/).waitFor();

    await phase('Geschlossen').click();
    await poll(() => phase('Geschlossen').getAttribute('aria-current')).toBe('step');
    await table(petra, 'Chancen').getByRole('button', { name: 'Karte hinzufügen' }).waitFor({ state: 'detached' });
  });

  it('adds who came on paper, and the protocol lists attendees, talks, every card and the next step with its date', async () => {
    await facilitator.goto(e2e.url(meetingPath));
    await facilitator.getByText(/^Geschlossen seit /).waitFor();
    const attendance = facilitator.getByRole('region', { name: 'Anwesend' });
    await attendance.getByText('Petra Gast (Kita Sonnenschein)').waitFor();
    await attendance.getByText('Jan Gast (Grundschule am Dorfteich)').waitFor();
    const paper = attendance.getByRole('form', { name: 'Anwesende nachtragen' });
    await paper.getByLabel('Name', { exact: true }).fill('Karin Papier');
    await paper.getByLabel('Organisation', { exact: true }).fill('Jugendamt Steglitz-Zehlendorf');
    await paper.getByRole('button', { name: 'Eintragen' }).click();
    await attendance.getByText('3 Personen anwesend').waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);

    // The whole planning page on a phone: no sideways scrolling, nothing axe objects to.
    const phone = await e2e.newPage({ viewport: PHONE, as: DEMO.facilitator });
    await phone.goto(e2e.url(meetingPath));
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await e2e.screenshot(phone, 'meeting-planning-phone');

    await facilitator.getByRole('link', { name: 'Protokoll ansehen, ergänzen und veröffentlichen' }).click();
    await facilitator.waitForURL(/\/protocol$/);
    const protocol = facilitator.getByRole('article').first();
    await protocol.getByRole('heading', { name: 'Anwesend', exact: true }).waitFor();
    const text = (await protocol.textContent()) ?? '';
    for (const expected of [
      'Grundschule am Dorfteich: Jan Gast',
      'Jugendamt Steglitz-Zehlendorf: Karin Papier',
      'Kita Sonnenschein: Petra Gast',
      'Sozialräumliche Finanzierung am Übergang',
      'Prof. Dr. Wolfgang Hinte',
      'Wie Kinder den Übergang erleben',
      'Dr. Anna Lindner, Kita-Eigenbetrieb Süd-West',
      'Gemeinsame Sprache von Kita und Schule',
      'Eltern früher einbeziehen',
      'Zu wenig Zeit für Übergabegespräche',
      'Übergabegespräche verbindlich im Januar',
      'Ende Januar 2027 (31.01.2027)',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text, 'the deleted card').not.toContain('Zu wenig Zeit (doppelt)');
    await e2e.screenshot(facilitator, 'meeting-lifecycle-protocol');
  });
});
