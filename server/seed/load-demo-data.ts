import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveDueLabel } from '../../schema/deadline';
import { BudgetFigure } from '../budget/budget-figure.entity';
import { Committee } from '../committees/committee.entity';
import { berlinMidnight } from '../common/berlin-time';
import { Contribution } from '../meetings/contribution.entity';
import { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';
import { Position } from '../tables/position.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import { loadBudgetDemoData } from './load-budget-demo-data';
import { loadDemoAccounts } from './load-demo-accounts';
import type { DemoAccounts, SeedData, SeedParty } from './seed-data';

// Any number; it only has to be the same for every process that may seed the same database.
const SEED_LOCK = 7_812_012;

function lookup<T>(records: Map<string, T>, key: string): T {
  const record = records.get(key);
  if (!record) throw new Error(`seed data refers to unknown key "${key}"`);
  return record;
}

/**
 * Loads the demo data (the meeting as transcribed, plus the demo sign-ins) into an empty database
 * and returns true; returns false and writes nothing when the database already holds planning data.
 */
export async function loadDemoData(em: EntityManager, data: SeedData, accounts: DemoAccounts): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    const existing =
      (await tx.count(Organization)) +
      (await tx.count(Person)) +
      (await tx.count(Meeting)) +
      (await tx.count(BudgetFigure));
    if (existing > 0) return false;

    const regions = new Map<string, Region>();
    for (const r of data.regions) {
      regions.set(
        r.key,
        tx.create(Region, { name: r.name, kind: r.kind, parent: r.parent ? lookup(regions, r.parent) : null }),
      );
    }
    const organizations = new Map<string, Organization>();
    for (const o of data.organizations) {
      organizations.set(o.key, tx.create(Organization, { name: o.name, shortName: o.shortName, kind: o.kind }));
    }
    const people = new Map<string, Person>();
    for (const p of data.people) {
      const organization = p.organization ? lookup(organizations, p.organization) : null;
      people.set(p.key, tx.create(Person, { name: p.name, title: p.title, roleText: p.roleText, organization }));
    }
    const committees = new Map<string, Committee>();
    for (const c of data.committees) {
      committees.set(
        c.key,
        tx.create(Committee, {
          name: c.name,
          shortName: c.shortName,
          kind: c.kind,
          description: c.description,
          region: c.region ? lookup(regions, c.region) : null,
          parent: c.parent ? lookup(committees, c.parent) : null,
        }),
      );
    }
    const party = (ref: SeedParty) =>
      'committee' in ref
        ? { committee: lookup(committees, ref.committee) }
        : 'organization' in ref
          ? { organization: lookup(organizations, ref.organization) }
          : { person: lookup(people, ref.person) };

    const m = data.meeting;
    const meeting = tx.create(Meeting, {
      title: m.title,
      description: m.description,
      startsAt: berlinMidnight(m.date),
      allDay: true,
      hostCommittee: lookup(committees, m.host),
      protocolAuthor: lookup(people, m.protocolAuthor),
      protocolFootnote: m.protocolFootnote,
    });
    m.invitations.forEach((invitation, order) => {
      tx.create(Invitation, {
        meeting,
        ...party(invitation),
        guest: invitation.guest ?? false,
        note: invitation.note,
        order,
      });
    });
    m.contributions.forEach((c, order) => {
      tx.create(Contribution, {
        meeting,
        order,
        title: c.title,
        speaker: c.speaker ? lookup(people, c.speaker) : null,
        speakerName: c.speakerName,
        affiliation: c.affiliation,
        summary: c.summary,
      });
    });
    m.workingTables.forEach((t, order) => {
      const table = tx.create(WorkingTable, { meeting, kind: t.kind, title: t.title, order });
      t.positions.forEach((text, index) => {
        tx.create(Position, { table, text, order: index });
      });
    });
    m.tasks.forEach((t, order) => {
      const owner = party(t.owner);
      tx.create(Task, {
        meeting,
        order,
        ownerCommittee: 'committee' in owner ? owner.committee : null,
        ownerOrganization: 'organization' in owner ? owner.organization : null,
        ownerPerson: 'person' in owner ? owner.person : null,
        ownerLabel: t.ownerLabel,
        items: t.items,
        dueLabel: t.dueLabel,
        dueDate: resolveDueLabel(t.dueLabel),
      });
    });
    await loadBudgetDemoData(tx, data.budget);
    await loadDemoAccounts(tx, accounts, { lookupPerson: (key) => lookup(people, key), meeting });
    return true;
  });
}
