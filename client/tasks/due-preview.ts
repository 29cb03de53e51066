import { resolveDueLabel } from '../../schema/deadline';

/**
 * What the "Bis wann" a person types will mean once stored: nothing, the day the server will
 * resolve it to (the same resolver, shared through schema/), or a label without a day, which no
 * reminder or calendar entry can follow unless a day is given beside it.
 */
export type DuePreview = { kind: 'none' } | { kind: 'resolved'; day: string } | { kind: 'unresolved' };

export function previewDue(label: string): DuePreview {
  const text = label.trim();
  if (!text) return { kind: 'none' };
  const day = resolveDueLabel(text);
  return day ? { kind: 'resolved', day } : { kind: 'unresolved' };
}

export interface DueInput {
  /** The label as typed. */
  label: string;
  /** A day given beside a label without one (`YYYY-MM-DD`), or ''. */
  day: string;
  /** The person confirmed keeping a label without a day. */
  acceptNoDay: boolean;
}

/** What the form sends, or that it must first ask the person to give a day or confirm there is none. */
export type DueDecision = { ok: true; dueLabel: string | null; dueDate: string | null } | { ok: false };

/**
 * No label is no deadline. A resolving label is sent alone (the server resolves it, so both
 * sides agree); a day typed beside an unresolved label is kept with it. A label without a day
 * is accepted only once the person confirmed it.
 */
export function decideDue({ label, day, acceptNoDay }: DueInput): DueDecision {
  const preview = previewDue(label);
  if (preview.kind === 'none') return { ok: true, dueLabel: null, dueDate: null };
  const dueLabel = label.trim();
  if (preview.kind === 'resolved') return { ok: true, dueLabel, dueDate: null };
  if (day) return { ok: true, dueLabel, dueDate: day };
  return acceptNoDay ? { ok: true, dueLabel, dueDate: null } : { ok: false };
}

/** The day field starts with a stored day only beside a label that does not give it. */
export function initialDay(dueLabel: string | null, dueDate: string | null): string {
  return dueDate && previewDue(dueLabel ?? '').kind === 'unresolved' ? dueDate : '';
}
