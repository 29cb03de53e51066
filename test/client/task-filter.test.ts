import { describe, expect, it } from 'vitest';
import {
  dueSelection,
  MINE,
  MY_BODIES,
  readSelection,
  selectionParams,
  taskFilter,
} from '../../client/tasks/task-filter';

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

  it('asks dueTasks for the chosen owner, else the viewer, and splits the viewer\'s list into "mine" and "my bodies"', () => {
    const kept = (extra: string, personId: string | null) => {
      const due = dueSelection(selection('due', extra), personId);
      const steps = [
        ['p-1', 'm-1'],
        ['c-1', 'm-1'],
        ['c-1', null],
      ] as const;
      return {
        scope: due.scope,
        ownerId: due.ownerId,
        kept: steps.filter(([owner, meeting]) => due.keeps(owner, meeting)),
      };
    };
    expect(kept('', 'p-1')).toEqual({
      scope: 'viewer',
      ownerId: null,
      kept: [
        ['p-1', 'm-1'],
        ['c-1', 'm-1'],
        ['c-1', null],
      ],
    });
    expect(kept(`&owner=${MINE}`, 'p-1')).toMatchObject({ scope: 'mine', ownerId: null, kept: [['p-1', 'm-1']] });
    expect(kept(`&owner=${MY_BODIES}&meeting=m-1`, 'p-1')).toMatchObject({ scope: 'myBodies', kept: [['c-1', 'm-1']] });
    expect(kept('&owner=c-1', 'p-1')).toMatchObject({ scope: 'owner', ownerId: 'c-1' });
    // Guests own no steps and may look up no one's.
    expect(kept('&owner=c-1', null)).toMatchObject({ scope: 'none', ownerId: null });
  });

  it('narrows any view to one owner and one meeting', () => {
    expect(taskFilter(selection('overdue', '&owner=o-1&meeting=m-1'), TODAY)).toEqual({
      overdue: true,
      ownerId: 'o-1',
      meetingId: 'm-1',
    });
  });

  it('reads "mine" and "my bodies" as the viewer\'s person and committees, and as no one without a viewer', () => {
    const scope = { personId: 'p-1', bodyIds: ['c-1', 'c-2'] };
    expect(taskFilter(selection('all', `&owner=${MINE}`), TODAY, scope)).toEqual({ ownerIds: ['p-1'] });
    expect(taskFilter(selection('done', `&owner=${MY_BODIES}`), TODAY, scope)).toEqual({
      status: ['DONE'],
      ownerIds: ['c-1', 'c-2'],
    });
    expect(taskFilter(selection('all', `&owner=${MINE}`), TODAY)).toEqual({ ownerIds: [] });
    expect(taskFilter(selection('all', `&owner=${MY_BODIES}`), TODAY)).toEqual({ ownerIds: [] });
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
