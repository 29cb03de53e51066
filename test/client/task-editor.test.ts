import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../client/session/viewer';
import { decideDue, initialDay, previewDue } from '../../client/tasks/due-preview';
import { changedFields, checkForm, formOf, moveItem } from '../../client/tasks/task-form';
import { keptLists, ownerChoices } from '../../client/tasks/task-rules';

describe('the deadline preview', () => {
  it('shows the day a label resolves to, as the server will store it', () => {
    expect(previewDue('Ende Januar 2027')).toEqual({ kind: 'resolved', day: '2027-01-31' });
    expect(previewDue('  Ostern 2027 ')).toEqual({ kind: 'resolved', day: '2027-03-28' });
    expect(previewDue('14.01.2027')).toEqual({ kind: 'resolved', day: '2027-01-14' });
    expect(previewDue('nach den Winterferien')).toEqual({ kind: 'unresolved' });
    expect(previewDue('   ')).toEqual({ kind: 'none' });
  });

  it('sends a resolving label alone, so server and preview agree on the day', () => {
    expect(decideDue({ label: 'Ende Januar 2027', day: '2027-02-15', acceptNoDay: false })).toEqual({
      ok: true,
      dueLabel: 'Ende Januar 2027',
      dueDate: null,
    });
  });

  it('keeps a label without a day only with a day beside it or once confirmed', () => {
    const label = 'nach den Winterferien';
    expect(decideDue({ label, day: '', acceptNoDay: false })).toEqual({ ok: false });
    expect(decideDue({ label, day: '2027-02-19', acceptNoDay: false })).toEqual({
      ok: true,
      dueLabel: label,
      dueDate: '2027-02-19',
    });
    expect(decideDue({ label, day: '', acceptNoDay: true })).toEqual({ ok: true, dueLabel: label, dueDate: null });
  });

  it('takes no label as no deadline, whatever day was typed before', () => {
    expect(decideDue({ label: ' ', day: '2027-02-19', acceptNoDay: false })).toEqual({
      ok: true,
      dueLabel: null,
      dueDate: null,
    });
  });

  it('fills the day field only beside a label that gives none', () => {
    expect(initialDay('nach den Winterferien', '2027-02-19')).toBe('2027-02-19');
    expect(initialDay('Ostern 2027', '2027-04-01')).toBe('');
    expect(initialDay(null, '2027-04-01')).toBe('');
  });
});

describe('the next-step form', () => {
  const stored = { ownerId: 'sz2', items: ['Positionierung'], dueLabel: 'Dezember 2012', dueDate: '2012-12-31' };

  it('moves a line up and down, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('names what keeps it from being sent: no owner, no line, an unconfirmed label without a day', () => {
    expect(checkForm({ ...formOf(null), items: ['x'] })).toEqual({ ok: false, problem: 'owner' });
    expect(checkForm({ ...formOf(null, 'sz2'), items: [' ', ''] })).toEqual({ ok: false, problem: 'items' });
    expect(checkForm({ ...formOf(null, 'sz2'), items: ['x'], label: 'irgendwann' })).toEqual({
      ok: false,
      problem: 'due',
    });
  });

  it('trims the lines and drops blank ones', () => {
    expect(checkForm({ ...formOf(null, 'ag'), items: [' Modell ', '', 'Termin'], label: 'Ostern 2013' })).toEqual({
      ok: true,
      fields: { ownerId: 'ag', items: ['Modell', 'Termin'], dueLabel: 'Ostern 2013', dueDate: null },
    });
  });

  it('sends only what changed, so a label written by hand and a day given directly stay', () => {
    const unchanged = checkForm(formOf(stored));
    expect(unchanged.ok && changedFields(stored, unchanged.fields)).toEqual({});
    const withNewLine = checkForm({ ...formOf(stored), items: ['Positionierung', 'Benennung'] });
    expect(withNewLine.ok && changedFields(stored, withNewLine.fields)).toEqual({
      items: ['Positionierung', 'Benennung'],
    });
    const handedOn = checkForm({ ...formOf(stored), ownerId: 'ag', label: 'Ostern 2013' });
    expect(handedOn.ok && changedFields(stored, handedOn.fields)).toEqual({
      ownerId: 'ag',
      dueLabel: 'Ostern 2013',
      dueDate: null,
    });
  });
});

describe('whom a next step may be given to (as the server’s task policy)', () => {
  const TODAY = '2027-01-10';
  const viewer: Viewer = { kind: 'user', id: 'p1', personId: 'p1', name: 'Mira', isAdmin: false, organization: null };
  const admin: Viewer = { ...viewer, isAdmin: true };
  const member = (role: 'MEMBER' | 'GUEST' | 'SPEAKER', until: string | null = null) => ({
    role,
    since: null,
    until,
    person: { id: 'p1' },
  });
  const committees = [
    { id: 'ag', parent: null, memberships: [member('MEMBER')] },
    { id: 'ag1', parent: { id: 'ag' }, memberships: [member('GUEST')] },
    { id: 'sz2', parent: null, memberships: [member('SPEAKER', '2026-12-31')] },
    { id: 'beirat', parent: null, memberships: [] },
  ];

  it('keeps one’s own list and those of the bodies one is a member of today, not as a guest', () => {
    expect([...keptLists(viewer, committees, TODAY)].sort()).toEqual(['ag', 'p1']);
  });

  it('offers as owners everyone in a meeting, else the lists one keeps', () => {
    const directory = {
      committees: committees.map(({ id }) => ({ id })),
      organizations: [{ id: 'juga' }],
      people: [{ id: 'p1' }, { id: 'p2' }],
    };
    const kept = keptLists(viewer, committees, TODAY);
    expect(ownerChoices(directory, true, viewer, kept)).toBe(directory);
    expect(ownerChoices(directory, false, admin, kept)).toBe(directory);
    expect(ownerChoices(directory, false, viewer, kept)).toEqual({
      committees: [{ id: 'ag' }],
      organizations: [],
      people: [{ id: 'p1' }],
    });
  });
});
