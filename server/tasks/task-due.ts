import { TaskStatus } from './task.entity';

/** Steps that still need doing; only these can be overdue. */
export const PENDING_STATUSES = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS] as const;

export function isPending(status: TaskStatus): boolean {
  return (PENDING_STATUSES as readonly TaskStatus[]).includes(status);
}

/** Whole days a pending step is past its due day on `today` (both `YYYY-MM-DD`), or null if it is not overdue. */
export function daysOverdue(task: { dueDate?: string | null; status: TaskStatus }, today: string): number | null {
  if (!task.dueDate || !isPending(task.status) || task.dueDate >= today) return null;
  return Math.round((Date.parse(today) - Date.parse(task.dueDate)) / 86_400_000);
}

/** The calendar day `days` after `day` (both `YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
