import { resolveDueLabel } from '../../schema/deadline';
import type { ResultOf, VariablesOf } from '../api/graphql';
import type { ImportProtocolMutation, PreviewProtocolImportQuery } from './import.operations';

export type Draft = ResultOf<typeof PreviewProtocolImportQuery>['previewProtocolImport'];
export type DraftInput = VariablesOf<typeof ImportProtocolMutation>['draft'];
export type DraftTask = Draft['tasks'][number];
export interface DraftAttendee {
  name: string;
  organizationName: string | null;
}

/**
 * The reviewed draft as the mutation takes it. Built field by field: results carry
 * `__typename`, which an input type refuses.
 */
export function draftInput(draft: Draft): DraftInput {
  return {
    title: draft.title,
    date: draft.date,
    place: draft.place?.trim() || null,
    footnote: draft.footnote,
    authorName: draft.authorName?.trim() || null,
    authorId: draft.authorId,
    hostCommitteeId: draft.hostCommitteeId,
    attendees: (draft.attendees ?? []).map(({ name, organizationName }) => ({ name, organizationName })),
    contributions: (draft.contributions ?? []).map(({ title, speakerName, affiliation, summary }) => ({
      title,
      speakerName,
      affiliation,
      summary,
    })),
    workingTables: draft.workingTables.map(({ kind, title, positions, topFive }) => ({
      kind,
      title,
      positions,
      topFive,
    })),
    tasks: draft.tasks.map(({ ownerLabel, ownerId, items, dueLabel, dueDate }) => ({
      ownerLabel,
      ownerId,
      items,
      dueLabel: dueLabel?.trim() || null,
      dueDate,
    })),
  };
}

/** The attendance list as the review's text field shows it: one person a line, "Name (Organisation)". */
export function attendeesText(attendees: readonly DraftAttendee[] | null | undefined): string {
  return (attendees ?? [])
    .map(({ name, organizationName }) => (organizationName ? `${name} (${organizationName})` : name))
    .join('\n');
}

/** The attendance list back from the text field; blank lines are left out. */
export function attendeesFromText(text: string): DraftAttendee[] {
  return text.split('\n').flatMap((line): DraftAttendee[] => {
    const entry = line.trim();
    if (!entry) return [];
    const withOrganization = /^(.+?)\s*\(([^()]+)\)$/.exec(entry);
    return withOrganization?.[1] && withOrganization[2]
      ? [{ name: withOrganization[1], organizationName: withOrganization[2].trim() }]
      : [{ name: entry, organizationName: null }];
  });
}

/**
 * A step with its "Bis wann" as being typed (spaces kept until it is sent), and the day it
 * resolves to, as the server will store it.
 */
export function withDueLabel(task: DraftTask, label: string): DraftTask {
  return { ...task, dueLabel: label || null, dueDate: label.trim() ? resolveDueLabel(label.trim()) : null };
}

/** The author as being typed: a changed name is no longer the person the text's name matched. */
export function withAuthorName(draft: Draft, name: string): Draft {
  return { ...draft, authorName: name || null, authorId: null };
}

/** What keeps a draft from being saved: no title, no date, next steps whose owner is unknown (by index). */
export interface DraftGaps {
  title: boolean;
  date: boolean;
  owners: number[];
}

export function draftGaps(draft: Draft): DraftGaps {
  return {
    title: !draft.title.trim(),
    date: !draft.date,
    owners: draft.tasks.flatMap((task, index) => (task.ownerId ? [] : [index])),
  };
}

export function isComplete(gaps: DraftGaps): boolean {
  return !gaps.title && !gaps.date && gaps.owners.length === 0;
}

/**
 * The text of an uploaded protocol: UTF-8 when the bytes are valid UTF-8, otherwise
 * Windows-1252, which older Word and Windows exports use for German text.
 */
export function decodeProtocolFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
