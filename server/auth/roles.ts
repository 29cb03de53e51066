import { TransactionContext } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { MembershipRole } from '../committees/membership.entity';
import type { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingRole, MeetingRoleKind } from '../meetings/meeting-role.entity';
import type { Grant } from './account.entity';
import type { Viewer } from './viewer';

/** Roles that manage a committee's memberships. */
const LEADING_ROLES: ReadonlySet<string> = new Set([MembershipRole.SPEAKER, MembershipRole.COORDINATOR]);

interface PersonFacts {
  organizationId: string | null;
  /** Committees the person is an active member of, with the role there. */
  memberships: Map<string, MembershipRole>;
  /** Those committees and all their ancestors: a member of a regional AG belongs to the AG too. */
  committees: Set<string>;
}

interface MeetingFacts {
  facilitator: boolean;
  participant: boolean;
}

/**
 * The facts policies ask about the viewer ("facilitates meeting X", "speaks for committee Y"),
 * loaded on first use with one or two queries and kept for the rest of the request. Admins hold
 * every role. Guests hold none except taking part in the one meeting they joined.
 */
export class Roles {
  private person?: Promise<PersonFacts>;
  private readonly meetings = new Map<string, Promise<MeetingFacts>>();

  constructor(
    private readonly em: EntityManager,
    readonly viewer: Viewer,
    /** Today in Berlin (YYYY-MM-DD): memberships count between their since and until days. */
    private readonly today: string,
  ) {}

  /**
   * Where one fact query runs. Inside a transaction of this request (a policy asked by a writing
   * service) it runs on that transaction's connection: taking a second pooled connection while
   * the first is held lets as many concurrent writers as the pool has slots wait on each other
   * for ever. A fork each time, so partially loaded role records never mix with what resolvers load.
   */
  private reader(): EntityManager {
    const tx = TransactionContext.getEntityManager(this.em.name) as EntityManager | undefined;
    // Work a transaction started but did not await still finds it here after the commit.
    const open = tx && !tx.getTransactionContext<{ isCompleted(): boolean }>()?.isCompleted();
    return (open ? tx : this.em).fork({ keepTransactionContext: true });
  }

  get isAdmin(): boolean {
    return this.viewer.kind === 'user' && this.viewer.isAdmin;
  }

  get isUser(): boolean {
    return this.viewer.kind === 'user';
  }

  get personId(): string | null {
    return this.viewer.kind === 'user' ? this.viewer.personId : null;
  }

  hasGrant(grant: Grant): boolean {
    return this.viewer.kind === 'user' && (this.viewer.isAdmin || this.viewer.grants.includes(grant));
  }

  async memberOfAnyCommittee(): Promise<boolean> {
    return this.isAdmin || ((await this.personFacts())?.memberships.size ?? 0) > 0;
  }

  /** Facilitator of at least one meeting (admins hold every role). */
  async facilitatesAnyMeeting(): Promise<boolean> {
    if (this.isAdmin) return true;
    if (!this.personId) return false;
    return (await this.reader().count(MeetingRole, { person: this.personId, role: MeetingRoleKind.FACILITATOR })) > 0;
  }

  /** Speaker or coordinator of exactly this committee. */
  async leads(committeeId: string): Promise<boolean> {
    const role = (await this.personFacts())?.memberships.get(committeeId);
    return this.isAdmin || (role !== undefined && LEADING_ROLES.has(role));
  }

  /** A member of exactly this committee in any role but guest: the people who keep its own to-do list. */
  async memberOf(committeeId: string): Promise<boolean> {
    const role = (await this.personFacts())?.memberships.get(committeeId);
    return this.isAdmin || (role !== undefined && role !== MembershipRole.GUEST);
  }

  /** Member of this committee or of one below it. */
  async belongsTo(committeeId: string): Promise<boolean> {
    return this.isAdmin || Boolean((await this.personFacts())?.committees.has(committeeId));
  }

  async worksFor(organizationId: string): Promise<boolean> {
    return this.isAdmin || (await this.personFacts())?.organizationId === organizationId;
  }

  async facilitates(meetingId: string): Promise<boolean> {
    return this.isAdmin || Boolean((await this.meetingFacts(meetingId))?.facilitator);
  }

  /** Facilitators, named participants, members of invited or hosting bodies, invited people, and the meeting's guests. */
  async participates(meetingId: string): Promise<boolean> {
    if (this.isAdmin) return true;
    if (this.viewer.kind === 'guest') return this.viewer.meetingId === meetingId;
    return Boolean((await this.meetingFacts(meetingId))?.participant);
  }

  /** A filter for the meetings the viewer takes part in (everything for admins, nothing for anonymous). */
  async meetingsTakenPart(): Promise<FilterQuery<Meeting>> {
    if (this.isAdmin) return {};
    if (this.viewer.kind === 'guest') return { id: this.viewer.meetingId };
    const facts = await this.personFacts();
    if (!facts) return { id: { $in: [] } };
    return { $or: [{ roles: { person: this.personId! } }, ...invitedOrHosting(this.personId!, facts)] };
  }

  /** Where the viewer belongs, for filters: their person, organisation and committees (with ancestors); null unless a user. */
  async belonging(): Promise<{ personId: string; organizationId: string | null; committeeIds: string[] } | null> {
    const facts = await this.personFacts();
    if (!facts) return null;
    return { personId: this.personId!, organizationId: facts.organizationId, committeeIds: [...facts.committees] };
  }

  /** Ids of the meetings the viewer facilitates; null stands for all of them (admins). */
  async facilitatedMeetingIds(): Promise<string[] | null> {
    if (this.isAdmin) return null;
    if (!this.personId) return [];
    const roles = await this.reader().find(
      MeetingRole,
      { person: this.personId, role: MeetingRoleKind.FACILITATOR },
      { fields: ['meeting'] },
    );
    return roles.map((role) => role.meeting.id);
  }

  private personFacts(): Promise<PersonFacts | null> {
    if (this.viewer.kind !== 'user') return Promise.resolve(null);
    this.person ??= loadPersonFacts(this.reader(), this.viewer.personId, this.today);
    return this.person;
  }

  private meetingFacts(meetingId: string): Promise<MeetingFacts | null> {
    if (this.viewer.kind !== 'user') return Promise.resolve(null);
    let facts = this.meetings.get(meetingId);
    if (!facts) {
      facts = this.personFacts().then((person) => loadMeetingFacts(this.reader(), meetingId, this.personId!, person!));
      this.meetings.set(meetingId, facts);
    }
    return facts;
  }
}

async function loadPersonFacts(em: EntityManager, personId: string, today: string): Promise<PersonFacts> {
  const rows: { committee_id: string; role: MembershipRole | null; organization_id: string | null }[] =
    await em.execute(
      `with recursive belongs(committee_id, role) as (
       select m.committee_id, m.role from membership m
        where m.person_id = ? and (m.since is null or m.since <= ?) and (m.until is null or m.until >= ?)
       union
       select c.parent_id, null from committee c join belongs b on c.id = b.committee_id where c.parent_id is not null
     )
     select b.committee_id, b.role, p.organization_id
       from person p left join belongs b on true
      where p.id = ?`,
      [personId, today, today, personId],
    );
  const facts: PersonFacts = {
    organizationId: rows[0]?.organization_id ?? null,
    memberships: new Map(),
    committees: new Set(),
  };
  for (const row of rows) {
    if (!row.committee_id) continue;
    facts.committees.add(row.committee_id);
    if (row.role) facts.memberships.set(row.committee_id, row.role);
  }
  return facts;
}

/** Meetings that invited the person, their organisation or one of their committees, or that one of those hosts. */
function invitedOrHosting(personId: string, person: PersonFacts): FilterQuery<Meeting>[] {
  const committees = [...person.committees];
  const invitees: FilterQuery<Invitation>[] = [{ person: personId }, { committee: { $in: committees } }];
  if (person.organizationId) invitees.push({ organization: person.organizationId });
  return [{ invitations: { $or: invitees } }, { hostCommittee: { $in: committees } }];
}

/**
 * The person's own role in the meeting and whether they, their organisation or one of their
 * committees is invited or hosts it, in one plain statement: policies ask this on nearly every
 * request about a meeting, and as two ORM queries it cost more than the rest of a small request.
 */
async function loadMeetingFacts(
  em: EntityManager,
  meetingId: string,
  personId: string,
  person: PersonFacts,
): Promise<MeetingFacts> {
  const committees = [...person.committees];
  const [row] = await em.execute<{ role: MeetingRoleKind | null; invited: boolean }[]>(
    `select (select r.role from meeting_role r where r.meeting_id = ? and r.person_id = ?) as role,
            exists (select 1 from invitation i
                     where i.meeting_id = ?
                       and (i.person_id = ? or i.committee_id = any(array[?]::uuid[]) or i.organization_id = ?))
            or exists (select 1 from meeting m where m.id = ? and m.host_committee_id = any(array[?]::uuid[])) as invited`,
    [meetingId, personId, meetingId, personId, committees, person.organizationId, meetingId, committees],
  );
  const role = row?.role ?? null;
  return { facilitator: role === MeetingRoleKind.FACILITATOR, participant: role !== null || Boolean(row?.invited) };
}
