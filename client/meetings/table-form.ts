import { LIMITS } from '../../schema/limits';
import type { EnumOf } from '../api/graphql';

export type TableKind = EnumOf<'WorkingTableKind'>;

export const TABLE_KINDS: readonly TableKind[] = ['OPPORTUNITIES', 'CRITICISM', 'REALISATION', 'CUSTOM'];

/** A table as its form holds it: the budget as typed, so an empty field can be told apart from 0. */
export interface TableDraft {
  kind: TableKind;
  title: string;
  voteBudget: string;
}

export const newTable = (title: string): TableDraft => ({
  kind: 'CUSTOM',
  title,
  voteBudget: String(LIMITS.defaultVoteBudget),
});

/**
 * Whether the title is still what choosing a kind put there (or empty), so that choosing another
 * kind may replace it; a title the person wrote stays.
 */
export function titleFollowsKind(title: string, kindTitles: readonly string[]): boolean {
  return title.trim() === '' || kindTitles.includes(title.trim());
}

/** What the form may send: a title with something in it and a budget of 0 to the limit; null names the field at fault. */
export function tableInput(
  draft: TableDraft,
):
  | { ok: true; input: { kind: TableKind; title: string; voteBudget: number } }
  | { ok: false; field: 'title' | 'voteBudget' } {
  const title = draft.title.trim();
  if (!title || [...title].length > LIMITS.title) return { ok: false, field: 'title' };
  const budget = draft.voteBudget.trim();
  const voteBudget = Number(budget);
  if (!/^\d+$/.test(budget) || voteBudget > LIMITS.voteBudget) return { ok: false, field: 'voteBudget' };
  return { ok: true, input: { kind: draft.kind, title, voteBudget } };
}
