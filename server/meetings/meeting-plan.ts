import type { WorkingTableKind } from '../tables/working-table.entity';
import { WorkshopPhase } from '../workshops/workshop.entity';

/** Every working phase in the order a workshop runs through them; CLOSED is the meeting closed, not a step. */
export const ALL_PHASES: readonly WorkshopPhase[] = [
  WorkshopPhase.PREPARE,
  WorkshopPhase.COLLECT,
  WorkshopPhase.GROUP,
  WorkshopPhase.VOTE,
  WorkshopPhase.PRIORITISE,
  WorkshopPhase.NEXT_STEPS,
];

export interface PlannedTable {
  kind: WorkingTableKind;
  title: string;
  voteBudget: number;
}

export interface PlannedAgendaItem {
  title: string;
  speakerId: string | null;
  speakerName: string | null;
  affiliation: string | null;
  plannedMinutes: number | null;
}

export interface PlannedInvitation {
  /** A committee, organisation or person. */
  inviteeId: string;
  guest: boolean;
  note: string | null;
}

/**
 * The structure a new meeting starts with: what a template describes or an earlier meeting
 * had. Structure only, never content: no cards, votes, next steps, attendance, summaries.
 */
export interface MeetingPlan {
  hostCommitteeId: string | null;
  phases: WorkshopPhase[];
  reviewsOpenSteps: boolean;
  tables: PlannedTable[];
  agenda: PlannedAgendaItem[];
  invitations: PlannedInvitation[];
}

/** What a template stores as its structure (JSON): it names no people or bodies, only the shape. */
export interface TemplateStructure {
  phases: WorkshopPhase[];
  reviewsOpenSteps: boolean;
  tables: PlannedTable[];
  agenda: { title: string; plannedMinutes: number | null }[];
}

/** The phases in workshop order, each once, PREPARE always first (a meeting starts in it); CLOSED is never a step. */
export function normalisePhases(phases: readonly WorkshopPhase[]): WorkshopPhase[] {
  const chosen = new Set(phases);
  return ALL_PHASES.filter((phase) => phase === WorkshopPhase.PREPARE || chosen.has(phase));
}

export function planFromTemplate(structure: TemplateStructure): MeetingPlan {
  return {
    hostCommitteeId: null,
    phases: normalisePhases(structure.phases),
    reviewsOpenSteps: structure.reviewsOpenSteps,
    tables: structure.tables.map(({ kind, title, voteBudget }) => ({ kind, title, voteBudget })),
    agenda: structure.agenda.map(({ title, plannedMinutes }) => ({
      title,
      speakerId: null,
      speakerName: null,
      affiliation: null,
      plannedMinutes,
    })),
    invitations: [],
  };
}

/** The parts of an earlier meeting a copy looks at, each list in the meeting's order. */
export interface MeetingStructure {
  hostCommitteeId: string | null;
  phases: readonly WorkshopPhase[];
  reviewsOpenSteps: boolean;
  tables: readonly (PlannedTable & { positionCount?: number })[];
  contributions: readonly (PlannedAgendaItem & { summary?: string | null })[];
  invitations: readonly PlannedInvitation[];
}

/**
 * "Wie eine frühere Sitzung": the host body, phases, tables (kind, title, vote budget), agenda
 * items (title, speaker, planned minutes) and invitees of an earlier meeting. What happened
 * there stays there: its cards, votes, ranks, next steps, attendance, and what the talks said.
 */
export function planFromMeeting(source: MeetingStructure): MeetingPlan {
  return {
    hostCommitteeId: source.hostCommitteeId,
    phases: normalisePhases(source.phases),
    reviewsOpenSteps: source.reviewsOpenSteps,
    tables: source.tables.map(({ kind, title, voteBudget }) => ({ kind, title, voteBudget })),
    agenda: source.contributions.map(({ title, speakerId, speakerName, affiliation, plannedMinutes }) => ({
      title,
      speakerId,
      speakerName,
      affiliation,
      plannedMinutes,
    })),
    invitations: source.invitations.map(({ inviteeId, guest, note }) => ({ inviteeId, guest, note })),
  };
}

/** A meeting created from nothing: every phase, nothing else. */
export const EMPTY_PLAN: MeetingPlan = {
  hostCommitteeId: null,
  phases: [...ALL_PHASES],
  reviewsOpenSteps: false,
  tables: [],
  agenda: [],
  invitations: [],
};
