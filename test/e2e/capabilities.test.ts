import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsGuest, type SessionClient } from '../support/auth';
import { addMember, demoIds, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { DEMO, type E2E, startE2E } from './support/browser';

/**
 * E2E (b): for a guest, a participant who is an AG member, the facilitator and an admin, each page
 * shows exactly the controls their capabilities allow, and the server refuses what is not shown.
 */

const ROLES = ['guest', 'participant', 'facilitator', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** A control on a page: how to find it, and who must see it (everyone else must not). */
interface Control {
  find: (page: Page) => Locator;
  for: readonly Role[];
}

const link = (name: string) => (page: Page) => page.getByRole('link', { name, exact: true });
const button = (name: string | RegExp) => (page: Page) =>
  page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });
const statusOf = (what: string) => (page: Page) => page.getByRole('combobox', { name: `Status von: ${what}` });

const MANAGERS = ['facilitator', 'admin'] as const;
/** Members of a committee and budget editors: the participant speaks in the AG here. */
const BUDGET_READERS = ['participant', 'admin'] as const;
const EVERYONE = ROLES;

/** The meeting page: who may follow the workshop, read or extend the protocol, lead and plan. */
const MEETING_PAGE: Record<string, Control> = {
  'Zum Workshop-Board': { find: link('Zum Workshop-Board'), for: EVERYONE },
  'Protokoll ansehen': { find: link('Protokoll ansehen'), for: ['guest', 'participant'] },
  'Protokoll ansehen, ergänzen und veröffentlichen': {
    find: link('Protokoll ansehen, ergänzen und veröffentlichen'),
    for: MANAGERS,
  },
  'Moderation öffnen': { find: link('Moderation öffnen'), for: MANAGERS },
  'Angaben bearbeiten': { find: button('Angaben bearbeiten'), for: MANAGERS },
  'Sitzung schließen': { find: button('Sitzung schließen'), for: MANAGERS },
  'Neuer Schritt': { find: button('Neuer Schritt'), for: MANAGERS },
};

/** The protocol: everyone of the meeting reads it, its facilitators extend and publish it. */
const PROTOCOL_PAGE: Record<string, Control> = {
  'Abschnitt hinzufügen': { find: button('Abschnitt hinzufügen'), for: MANAGERS },
  Veröffentlichen: { find: button('Veröffentlichen'), for: MANAGERS },
};

/** The console: its facilitators lead there; everyone else is told it is not theirs. */
const CONSOLE_PAGE: Record<string, Control> = {
  'Timer starten': { find: button('Starten'), for: MANAGERS },
  'Not theirs notice': {
    find: (page) => page.getByRole('alert').filter({ hasText: 'nur den Moderierenden' }),
    for: ['guest', 'participant'],
  },
};

/** The board while cards are collected: participants sit down and write, facilitators also group. */
const BOARD_COLLECT: Record<string, Control> = {
  'An diesen Tisch setzen': { find: button('An diesen Tisch setzen'), for: ['guest', 'participant'] },
  'Neue Karte für Chancen': {
    find: (page) => page.getByRole('textbox', { name: 'Neue Karte für Chancen' }),
    for: EVERYONE,
  },
  'Bearbeiten: a card': { find: button(/^Bearbeiten: /), for: EVERYONE },
  'Gruppieren: a card': { find: button(/^Gruppieren: /), for: MANAGERS },
  'Moderation öffnen': { find: link('Moderation öffnen'), for: MANAGERS },
};

/** The board while dots are given: participants give them, facilitators run the vote from the console. */
const BOARD_VOTE: Record<string, Control> = {
  'Punkt vergeben': { find: button(/^Punkt vergeben: /), for: ['guest', 'participant'] },
  'Punkt zurücknehmen': { find: button(/^Punkt zurücknehmen: /), for: ['guest', 'participant'] },
};

/** The board of the closed meeting: only its facilitators still write. */
const BOARD_CLOSED: Record<string, Control> = {
  'An diesen Tisch setzen': { find: button('An diesen Tisch setzen'), for: [] },
  'Neue Karte für Chancen': {
    find: (page) => page.getByRole('textbox', { name: 'Neue Karte für Chancen' }),
    for: [],
  },
  'Bearbeiten: a card': { find: button(/^Bearbeiten: /), for: [] },
};

/** The AG's step and the youth office's (both of the demo meeting): owners report, facilitators keep. */
const AG_STEP = 'Modell für SZ entwickeln';
const JUGA_STEP = 'Vorüberlegungen: Leistungsbereiche, Region bestimmen';
const TASKS_PAGE: Record<string, Control> = {
  "Status of the AG's step": { find: statusOf(AG_STEP), for: ['participant', ...MANAGERS] },
  "Status of the youth office's step": { find: statusOf(JUGA_STEP), for: MANAGERS },
  "Bearbeiten: the AG's step": { find: button(`Bearbeiten: ${AG_STEP}`), for: MANAGERS },
  'Neuer Schritt': { find: button('Neuer Schritt'), for: ['participant', ...MANAGERS] },
  'Budget (navigation)': {
    find: (page) => page.getByRole('navigation').getByRole('link', { name: 'Budget', exact: true }),
    for: BUDGET_READERS,
  },
};

/** The budget page: readers see figures, only budget editors import and enter them; the others are told why not. */
const BUDGET_PAGE: Record<string, Control> = {
  'Jahr (figures shown)': { find: (page) => page.getByRole('combobox', { name: 'Jahr' }), for: BUDGET_READERS },
  'Not readable notice': {
    find: (page) => page.getByRole('alert').filter({ hasText: 'fehlt dazu die Berechtigung' }),
    for: ['guest', 'facilitator'],
  },
  'Datei importieren …': { find: button('Datei importieren …'), for: ['admin'] },
  'Zahl erfassen …': { find: button('Zahl erfassen …'), for: ['admin'] },
  'Budgets, Regionen und Leistungsbereiche verwalten': {
    find: link('Budgets, Regionen und Leistungsbereiche verwalten'),
    for: ['admin'],
  },
  'Monatsbericht Controlling': { find: link('Monatsbericht Controlling'), for: BUDGET_READERS },
};

describe('controls by capability, per role', () => {
  let e2e: E2E;
  let meetingId: string;
  let admin: SessionClient;
  const sessions = {} as Record<Role, SessionClient>;
  const pages = {} as Record<Role, Page>;

  /** Asserts the presence of each control for its roles and its absence for all others, on the page as loaded. */
  async function expectControls(role: Role, controls: Record<string, Control>) {
    const page = pages[role];
    const shown: string[] = [];
    for (const [name, control] of Object.entries(controls)) {
      if ((await control.find(page).count()) > 0) shown.push(name);
    }
    const expected = Object.entries(controls)
      .filter(([, control]) => control.for.includes(role))
      .map(([name]) => name);
    expect(shown, `controls shown to the ${role}`).toEqual(expected);
  }

  async function open(role: Role, path: string, ready: (page: Page) => Locator) {
    await pages[role].goto(e2e.url(path));
    await ready(pages[role]).first().waitFor();
  }

  const boardReady = (page: Page) => page.getByRole('region', { name: 'Chancen', exact: true });
  const phase = async (to: string) => {
    const { errors } = await sessions.facilitator.gql(
      `mutation ($id: ID!, $phase: WorkshopPhase!) { setPhase(meetingId: $id, phase: $phase) { phase } }`,
      { id: meetingId, phase: to },
    );
    expect(errors).toBeUndefined();
  };

  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    admin = await e2e.api(DEMO.admin);
    sessions.admin = admin;
    sessions.facilitator = await e2e.api(DEMO.facilitator);
    sessions.participant = await e2e.api(DEMO.participant);
    meetingId = (await admin.gql('{ meetings { id } }')).data!.meetings[0].id;
    // The participant speaks in the AG: a member of it, and so an owner of its steps and a reader of budgets.
    const ids = await demoIds(admin);
    await addMember(admin, ids.committee('AG'), ids.person('Oliver Schruoffenegger'));
    sessions.guest = await joinAsGuest(e2e.server, await openJoin(sessions.facilitator, meetingId), 'Gast');
    for (const role of ROLES) pages[role] = await e2e.newPage({ as: sessions[role] });
  });
  afterAll(() => e2e?.close());

  it.each(ROLES)('meeting page as %s', async (role) => {
    await open(role, `/meetings/${meetingId}`, (page) => page.getByRole('heading', { level: 1 }));
    await pages[role].getByRole('heading', { name: 'Nächste Schritte' }).waitFor();
    await expectControls(role, MEETING_PAGE);
  });

  it.each(ROLES)('protocol page as %s', async (role) => {
    await open(role, `/meetings/${meetingId}/protocol`, (page) => page.getByRole('combobox', { name: 'Anzeigen' }));
    await expectControls(role, PROTOCOL_PAGE);
  });

  it.each(ROLES)('console as %s', async (role) => {
    await open(role, `/meetings/${meetingId}/console`, (page) =>
      page.getByRole('button', { name: 'Starten', exact: true }).or(page.getByRole('alert')),
    );
    await expectControls(role, CONSOLE_PAGE);
  });

  it.each(ROLES)('board while collecting as %s', async (role) => {
    if (role === 'guest') await phase('COLLECT');
    await open(role, `/meetings/${meetingId}/board`, boardReady);
    await pages[role].getByText('Sammeln', { exact: true }).first().waitFor();
    await expectControls(role, BOARD_COLLECT);
  });

  it.each(ROLES)('board while voting as %s', async (role) => {
    if (role === 'guest') await phase('VOTE');
    await open(role, `/meetings/${meetingId}/board`, boardReady);
    await pages[role].getByText('Abstimmen', { exact: true }).first().waitFor();
    await expectControls(role, BOARD_VOTE);
  });

  it('offers no "+" once the dots of a table are spent, and the server refuses one more', async () => {
    const chancen = (page: Page) => page.getByRole('region', { name: 'Chancen', exact: true });
    const page = pages.guest;
    await open('guest', `/meetings/${meetingId}/board`, boardReady);
    const first = chancen(page)
      .getByRole('button', { name: /^Punkt vergeben: / })
      .first();
    const before = await chancen(page)
      .getByRole('button', { name: /^Punkt vergeben: / })
      .count();
    expect(before).toBeGreaterThan(0);
    for (let dot = 0; dot < 5; dot += 1) {
      await first.click();
      await expect.poll(() => chancen(page).getByRole('status').textContent()).toContain(`${4 - dot}`);
    }
    await expect
      .poll(() =>
        chancen(page)
          .getByRole('button', { name: /^Punkt vergeben: / })
          .count(),
      )
      .toBe(0);
    expect(
      await chancen(page)
        .getByRole('button', { name: /^Punkt zurücknehmen: / })
        .count(),
    ).toBe(before);
    // Another table's dots are its own.
    expect(await page.getByRole('button', { name: /^Punkt vergeben: / }).count()).toBeGreaterThan(0);

    // The board shows each dot at once; the server stores the last one a moment later.
    const chancenAsServerSees = async () => {
      const { data } = await sessions.guest.gql(
        `query ($id: ID!) { meeting(id: $id) { workingTables { title positions { id } myVotes { remaining } } } }`,
        { id: meetingId },
      );
      return data!.meeting.workingTables.find((each: any) => each.title === 'Chancen');
    };
    await expect.poll(async () => (await chancenAsServerSees()).myVotes.remaining).toBe(0);
    const table = await chancenAsServerSees();
    const refused = await sessions.guest.gql(
      `mutation ($id: ID!) { castVotes(positionId: $id, dots: 1) { remaining } }`,
      { id: table.positions.at(-1).id },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });

  it.each(ROLES)('board of the closed meeting as %s', async (role) => {
    if (role === 'guest') {
      await phase('COLLECT');
      const { errors } = await sessions.facilitator.gql(
        `mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: true }) { id closedAt } }`,
        { id: meetingId },
      );
      expect(errors).toBeUndefined();
    }
    await open(role, `/meetings/${meetingId}/board`, boardReady);
    const expected = { ...BOARD_CLOSED, ...pickFor(BOARD_COLLECT, ['Gruppieren: a card', 'Moderation öffnen']) };
    // Facilitators still write after the meeting closed (the protocol may need a card).
    const writing = ['Neue Karte für Chancen', 'Bearbeiten: a card'];
    for (const name of writing) expected[name] = { ...expected[name]!, for: MANAGERS };
    await expectControls(role, expected);
  });

  it('refuses a seat to a participant of the closed meeting, who is offered none', async () => {
    const { data } = await sessions.participant.gql(`query ($id: ID!) { meeting(id: $id) { workingTables { id } } }`, {
      id: meetingId,
    });
    for (const role of ['guest', 'participant'] as const) {
      const refused = await sessions[role].gql(
        `mutation ($m: ID!, $t: ID) { chooseTable(meetingId: $m, tableId: $t) { id } }`,
        { m: meetingId, t: data!.meeting.workingTables[0].id },
      );
      expect(errorCode(refused), role).toBe('FORBIDDEN');
    }
  });

  it.each(ROLES)('next steps page as %s', async (role) => {
    await open(role, '/tasks?view=all', (page) => page.getByRole('row').filter({ hasText: AG_STEP }));
    await expectControls(role, TASKS_PAGE);
  });

  it("refuses the participant the status of the youth office's step, which has no dropdown for them", async () => {
    const { data } = await sessions.participant.gql(`{ tasks { id items viewerCan { progress } } }`);
    const step = data!.tasks.find((task: any) => task.items.includes(JUGA_STEP));
    expect(step.viewerCan.progress).toBe(false);
    const refused = await sessions.participant.gql(
      `mutation ($id: ID!) { updateTask(id: $id, input: { status: DONE }) { id } }`,
      { id: step.id },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it.each(ROLES)('budget page as %s', async (role) => {
    const reads = (BUDGET_READERS as readonly Role[]).includes(role);
    await open(role, '/budget', (page) =>
      reads ? page.getByRole('combobox', { name: 'Jahr' }) : page.getByRole('alert'),
    );
    await expectControls(role, BUDGET_PAGE);
  });

  it('refuses the participant a budget figure, for which the page offers no form', async () => {
    const { data } = await sessions.participant.gql(`{ regions { id } }`);
    const refused = await sessions.participant.gql(
      `mutation ($input: SetBudgetFigureInput!) { setBudgetFigure(input: $input) { id } }`,
      { input: { regionId: data!.regions[0].id, year: 2013, kind: 'PLAN', amountCents: 100 } },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});

function pickFor(controls: Record<string, Control>, names: readonly string[]): Record<string, Control> {
  return Object.fromEntries(names.map((name) => [name, controls[name]!]));
}
