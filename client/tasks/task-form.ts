import { LIMITS } from '../../schema/limits';
import { decideDue, initialDay } from './due-preview';

/** The next-step form as the person fills it: Wer, the "Was" lines, Bis wann. */
export interface TaskForm {
  ownerId: string;
  items: string[];
  label: string;
  /** A day given beside a label that names none. */
  day: string;
  acceptNoDay: boolean;
}

export interface StoredTask {
  ownerId: string;
  items: readonly string[];
  dueLabel: string | null;
  dueDate: string | null;
}

/** The form for a new step (one empty line) or filled from a stored one. */
export function formOf(task: StoredTask | null, ownerId = ''): TaskForm {
  if (!task) return { ownerId, items: [''], label: '', day: '', acceptNoDay: false };
  return {
    ownerId: task.ownerId,
    items: task.items.length ? [...task.items] : [''],
    label: task.dueLabel ?? '',
    day: initialDay(task.dueLabel, task.dueDate),
    acceptNoDay: false,
  };
}

/** The lines with one moved up (-1) or down (+1); out of range leaves them as they are. */
export function moveItem(items: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target] as string, moved[index] as string];
  return moved;
}

/** What is wrong with the form, by field, before anything is sent. */
export type TaskFormProblem = 'owner' | 'items' | 'due';

export interface TaskFields {
  ownerId: string;
  items: string[];
  dueLabel: string | null;
  dueDate: string | null;
}

export type Checked = { ok: true; fields: TaskFields } | { ok: false; problem: TaskFormProblem };

/** The step as the server takes it: lines trimmed, blank ones dropped; the deadline as decided in due-preview. */
export function checkForm(form: TaskForm): Checked {
  if (!form.ownerId) return { ok: false, problem: 'owner' };
  const items = form.items.map((item) => item.trim()).filter(Boolean);
  if (items.length === 0 || items.length > LIMITS.taskItems) return { ok: false, problem: 'items' };
  const due = decideDue(form);
  if (!due.ok) return { ok: false, problem: 'due' };
  return { ok: true, fields: { ownerId: form.ownerId, items, dueLabel: due.dueLabel, dueDate: due.dueDate } };
}

/**
 * Only what changed against the stored step: an unchanged owner keeps a "Wer" written by hand,
 * and an unchanged deadline keeps a day the server was given directly.
 */
export function changedFields(stored: StoredTask, fields: TaskFields): Partial<TaskFields> {
  const changes: Partial<TaskFields> = {};
  if (fields.ownerId !== stored.ownerId) changes.ownerId = fields.ownerId;
  if (fields.items.join('\n') !== stored.items.join('\n')) changes.items = fields.items;
  const before = checkForm(formOf(stored));
  const dueBefore = before.ok ? before.fields : { dueLabel: stored.dueLabel, dueDate: stored.dueDate };
  if (fields.dueLabel !== dueBefore.dueLabel || fields.dueDate !== dueBefore.dueDate) {
    changes.dueLabel = fields.dueLabel;
    changes.dueDate = fields.dueDate;
  }
  return changes;
}
