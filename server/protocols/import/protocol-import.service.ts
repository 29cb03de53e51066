import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveDueLabel } from '../../../schema/deadline';
import { LIMITS } from '../../../schema/limits';
import { authorize } from '../../auth/authorize';
import { Committee } from '../../committees/committee.entity';
import { berlinMidnight } from '../../common/berlin-time';
import { findOptional } from '../../common/find';
import { findParty } from '../../common/party';
import { toIsoDay } from '../../common/scalars';
import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { AttendanceSource, Attendee } from '../../meetings/attendee.entity';
import { Contribution } from '../../meetings/contribution.entity';
import { Meeting } from '../../meetings/meeting.entity';
import { addCreatorAsFacilitator } from '../../meetings/meeting.service';
import { Organization } from '../../organizations/organization.entity';
import { Person } from '../../people/person.entity';
import { Position } from '../../tables/position.entity';
import { WorkingTable } from '../../tables/working-table.entity';
import { Task } from '../../tasks/task.entity';
import { ownerFields } from '../../tasks/task.service';
import { protocolPolicy } from '../protocol.policy';
import { draftLimitProblem, rankOfPoints } from './draft-limits';
import { matchHost, matchOwner, matchPerson } from './match-records';
import { parseProtocolText } from './parse-protocol-text';
import type { ProtocolDraft } from './protocol-draft.type';

function day(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : toIsoDay(value);
}

/** Reads a pasted protocol into a draft and matches owners and author against the records. */
async function readDraft(em: EntityManager, text: string): Promise<ProtocolDraft> {
  const parsed = parseProtocolText(text);
  const problem = draftLimitProblem(parsed);
  if (problem) throw new BadUserInputError('text', problem);
  const committees = await em.find(Committee, {});
  const bodies = [...committees, ...(await em.find(Organization, {}))];
  return {
    // A first line too long for a title is shown cut, for the reviewer to write a better one.
    title: (parsed.title ?? '').slice(0, LIMITS.title),
    date: parsed.date,
    place: parsed.place,
    footnote: parsed.footnote,
    authorName: parsed.authorName,
    authorId: (await matchPerson(em, parsed.authorName))?.id ?? null,
    hostCommitteeId: matchHost(parsed.hostName, committees)?.id ?? null,
    attendees: parsed.attendees,
    contributions: parsed.contributions,
    workingTables: parsed.workingTables,
    tasks: parsed.tasks.map((task) => ({
      ownerLabel: task.ownerLabel,
      items: task.items,
      dueLabel: task.dueLabel,
      ownerId: matchOwner(task.ownerLabel, bodies)?.id ?? null,
      // The label decides; the day written beside it counts only for a label the resolver cannot read.
      dueDate: (task.dueLabel ? resolveDueLabel(task.dueLabel) : null) ?? task.dueDate ?? null,
    })),
  };
}

/** The draft for review; saves nothing. */
export async function previewProtocolImport({ ctx, text }: { ctx: Context; text: string }): Promise<ProtocolDraft> {
  await authorize(ctx, protocolPolicy, 'import', null);
  return readDraft(ctx.em, text);
}

function assertComplete(draft: ProtocolDraft): string {
  if (!draft.title.trim()) throw new BadUserInputError('draft.title', 'the protocol needs a title');
  const date = day(draft.date);
  if (!date) throw new BadUserInputError('draft.date', 'the protocol names no date; set the day of the meeting');
  draft.tasks.forEach((task, index) => {
    if (!task.ownerId) {
      throw new BadUserInputError(
        `draft.tasks.${index}.ownerId`,
        `no committee, organisation or person is called "${task.ownerLabel}"; choose the owner`,
      );
    }
  });
  return date;
}

/**
 * Saves a reviewed draft (or, in one step, a text whose owners all match) as a new meeting
 * with its working tables, points and next steps; the importer becomes its facilitator.
 * Refusals name the draft's field, also when the draft was read from a text.
 */
export async function importProtocol({
  ctx,
  draft,
  text,
}: {
  ctx: Context;
  draft?: ProtocolDraft | null;
  text?: string | null;
}) {
  if ((draft ? 1 : 0) + (text ? 1 : 0) !== 1) throw new BadUserInputError('draft', 'give either a draft or a text');
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, protocolPolicy, 'import', null);
    const source = draft ?? (await readDraft(tx, text ?? ''));
    const date = assertComplete(source);
    const author =
      (await findOptional(tx, Person, source.authorId, 'draft.authorId')) ??
      (source.authorName ? tx.create(Person, { name: source.authorName }) : null);
    const meeting = tx.create(Meeting, {
      title: source.title,
      startsAt: berlinMidnight(date),
      allDay: true,
      place: source.place?.trim() || null,
      hostCommittee: await findOptional(tx, Committee, source.hostCommitteeId, 'draft.hostCommitteeId'),
      protocolAuthor: author,
      protocolFootnote: source.footnote,
    });
    addCreatorAsFacilitator(ctx, tx, meeting);
    source.contributions?.forEach((talk, order) => {
      tx.create(Contribution, {
        meeting,
        order,
        title: talk.title,
        speakerName: talk.speakerName?.trim() || null,
        affiliation: talk.affiliation?.trim() || null,
        summary: talk.summary?.trim() || null,
      });
    });
    for (const attendee of source.attendees ?? []) {
      tx.create(Attendee, {
        meeting,
        name: attendee.name.trim(),
        organizationName: attendee.organizationName?.trim() || null,
        source: AttendanceSource.ADDED,
      });
    }
    source.workingTables.forEach((t, order) => {
      const table = tx.create(WorkingTable, { meeting, kind: t.kind, title: t.title, order });
      const ranks = rankOfPoints(t.positions, t.topFive ?? [], `draft.workingTables.${order}.topFive`);
      t.positions.forEach((text, index) => {
        tx.create(Position, { table, text, order: index, rank: ranks[index] ?? null });
      });
    });
    for (const [order, t] of source.tasks.entries()) {
      tx.create(Task, {
        meeting,
        order,
        ...ownerFields(await findParty(tx, t.ownerId ?? '', `draft.tasks.${order}.ownerId`)),
        ownerLabel: t.ownerLabel,
        items: t.items,
        dueLabel: t.dueLabel,
        dueDate: day(t.dueDate) ?? (t.dueLabel ? resolveDueLabel(t.dueLabel) : null),
      });
    }
    return meeting;
  });
}
