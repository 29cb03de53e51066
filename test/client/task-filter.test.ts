import { describe, expect, it } from 'vitest';
import { readSelection, selectionParams, taskFilter } from '../../client/tasks/task-filter';

const TODAY = '2013-04-10';
const selection = (view: string, extra = '') => readSelection(new URLSearchParams(`view=${view}${extra}`));

describe('next steps selection', () => {
  it('turns each view into the server filter it means', () => {
    expect(taskFilter(selection('open'), TODAY)).toEqual({ status: ['OPEN', 'IN_PROGRESS'] });
    expect(taskFilter(selection('dueSoon'), TODAY)).toEqual({
      status: ['OPEN', 'IN_PROGRESS'],
      overdue: false,
      dueBefore: '2013-05-10',
    });
    expect(taskFilter(selection('overdue'), TODAY)).toEqual({ overdue: true });
    expect(taskFilter(selection('done'), TODAY)).toEqual({ status: ['DONE'] });
    expect(taskFilter(selection('all'), TODAY)).toEqual({});
  });

  it('leaves the due view to dueTasks, and keeps it in the address', () => {
    expect(taskFilter(selection('due', '&owner=o-1'), TODAY)).toBeNull();
    expect(selectionParams(selection('due')).toString()).toBe('view=due');
  });

  it('narrows any view to one owner and one meeting', () => {
    expect(taskFilter(selection('overdue', '&owner=o-1&meeting=m-1'), TODAY)).toEqual({
      overdue: true,
      ownerId: 'o-1',
      meetingId: 'm-1',
    });
  });

  it('falls back to the open steps for a missing or unknown view', () => {
    expect(readSelection(new URLSearchParams())).toEqual({ view: 'open', ownerId: null, meetingId: null });
    expect(selection('everything').view).toBe('open');
  });

  it('writes an address that reads back the same, without the defaults', () => {
    const chosen = { view: 'overdue', ownerId: 'o-1', meetingId: null } as const;
    expect(selectionParams(chosen).toString()).toBe('view=overdue&owner=o-1');
    expect(readSelection(selectionParams(chosen))).toEqual(chosen);
    expect(selectionParams({ view: 'open', ownerId: null, meetingId: null }).toString()).toBe('');
  });
});
