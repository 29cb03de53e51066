import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../server/meetings/built-in-templates';
import {
  EMPTY_PLAN,
  type MeetingStructure,
  normalisePhases,
  planFromMeeting,
  planFromTemplate,
} from '../../server/meetings/meeting-plan';
import { WorkingTableKind } from '../../server/tables/working-table.entity';
import { WorkshopPhase } from '../../server/workshops/workshop.entity';

const template = (name: string) => {
  const found = BUILT_IN_TEMPLATES.find((each) => each.name === name);
  if (!found) throw new Error(`no template ${name}`);
  return found.structure;
};

describe('a meeting planned from a template', () => {
  it('"Workshop mit Arbeitstischen" sets up Chancen, Kritik and Konkretion with 5 dots each and every working phase', () => {
    expect(planFromTemplate(template('Workshop mit Arbeitstischen'))).toEqual({
      hostCommitteeId: null,
      phases: ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS'],
      reviewsOpenSteps: false,
      tables: [
        { kind: 'OPPORTUNITIES', title: 'Chancen', voteBudget: 5 },
        { kind: 'CRITICISM', title: 'Kritik', voteBudget: 5 },
        { kind: 'REALISATION', title: 'Konkretion – Realisierung', voteBudget: 5 },
      ],
      agenda: [],
      invitations: [],
    });
  });

  it('"AG-Sitzung" sets up an agenda without speakers yet and the review of open next steps, no tables', () => {
    const plan = planFromTemplate(template('AG-Sitzung'));
    expect(plan).toMatchObject({
      phases: ['PREPARE', 'NEXT_STEPS'],
      reviewsOpenSteps: true,
      tables: [],
      invitations: [],
    });
    expect(plan.agenda).toEqual([
      { title: 'Begrüßung und Tagesordnung', speakerId: null, speakerName: null, affiliation: null, plannedMinutes: 5 },
      { title: 'Offene nächste Schritte', speakerId: null, speakerName: null, affiliation: null, plannedMinutes: 20 },
      { title: 'Berichte aus den Regionen', speakerId: null, speakerName: null, affiliation: null, plannedMinutes: 30 },
      { title: 'Verschiedenes', speakerId: null, speakerName: null, affiliation: null, plannedMinutes: 10 },
    ]);
  });

  it('"Leer" is the same as starting from nothing: every phase, no tables, agenda or invitees', () => {
    expect(planFromTemplate(template('Leer'))).toEqual(EMPTY_PLAN);
  });

  it('puts phases in workshop order, each once, with PREPARE first, whatever a template lists', () => {
    expect(normalisePhases([WorkshopPhase.VOTE, WorkshopPhase.COLLECT, WorkshopPhase.VOTE])).toEqual([
      'PREPARE',
      'COLLECT',
      'VOTE',
    ]);
    expect(normalisePhases([])).toEqual(['PREPARE']);
  });
});

describe('a meeting planned like an earlier one', () => {
  const earlier: MeetingStructure = {
    hostCommitteeId: 'sz2',
    phases: [WorkshopPhase.PREPARE, WorkshopPhase.COLLECT, WorkshopPhase.VOTE],
    reviewsOpenSteps: false,
    tables: [
      { kind: WorkingTableKind.OPPORTUNITIES, title: 'Chancen', voteBudget: 5, positionCount: 20 },
      { kind: WorkingTableKind.CUSTOM, title: 'Offene Fragen', voteBudget: 3, positionCount: 4 },
    ],
    contributions: [
      {
        title: 'Ist-Stand in Steglitz-Zehlendorf',
        speakerId: 'oliver',
        speakerName: 'Oliver Schruoffenegger',
        affiliation: 'Abteilung Jugend',
        plannedMinutes: 20,
        summary: 'Sozialraumorientierung konsequent gedacht funktioniert nur, wenn …',
      },
    ],
    invitations: [{ inviteeId: 'jugendamt-mitte', guest: true, note: 'Jugendamtsleitung' }],
  };

  it('copies host body, phases, tables, agenda items and invitees in their order', () => {
    expect(planFromMeeting(earlier)).toEqual({
      hostCommitteeId: 'sz2',
      phases: ['PREPARE', 'COLLECT', 'VOTE'],
      reviewsOpenSteps: false,
      tables: [
        { kind: 'OPPORTUNITIES', title: 'Chancen', voteBudget: 5 },
        { kind: 'CUSTOM', title: 'Offene Fragen', voteBudget: 3 },
      ],
      agenda: [
        {
          title: 'Ist-Stand in Steglitz-Zehlendorf',
          speakerId: 'oliver',
          speakerName: 'Oliver Schruoffenegger',
          affiliation: 'Abteilung Jugend',
          plannedMinutes: 20,
        },
      ],
      invitations: [{ inviteeId: 'jugendamt-mitte', guest: true, note: 'Jugendamtsleitung' }],
    });
  });

  it('never copies what was said or written there: no summaries, no cards', () => {
    const plan = JSON.stringify(planFromMeeting(earlier));
    expect(plan).not.toContain('Sozialraumorientierung');
    expect(plan).not.toContain('positionCount');
  });
});
