import type { ResultOf, VariablesOf } from '../api/graphql';
import type { ImportProtocolMutation, PreviewProtocolImportQuery } from './import.operations';

export type Draft = ResultOf<typeof PreviewProtocolImportQuery>['previewProtocolImport'];
export type DraftInput = VariablesOf<typeof ImportProtocolMutation>['draft'];

/**
 * The reviewed draft as the mutation takes it. Built field by field: results carry
 * `__typename`, which an input type refuses.
 */
export function draftInput(draft: Draft): DraftInput {
  return {
    title: draft.title,
    date: draft.date,
    footnote: draft.footnote,
    authorName: draft.authorName,
    authorId: draft.authorId,
    hostCommitteeId: draft.hostCommitteeId,
    workingTables: draft.workingTables.map(({ kind, title, positions }) => ({ kind, title, positions })),
    tasks: draft.tasks.map(({ ownerLabel, ownerId, items, dueLabel, dueDate }) => ({
      ownerLabel,
      ownerId,
      items,
      dueLabel,
      dueDate,
    })),
  };
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
