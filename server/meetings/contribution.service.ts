import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { movedTo, nextOrder } from '../common/order';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { personName } from '../people/person-name';
import { Contribution } from './contribution.entity';
import type { CreateContributionInput, UpdateContributionInput } from './meeting.inputs';
import { authorizeManaging, managedMeeting } from './meeting.service';

/** Puts the contribution at place `to` of its meeting's programme and numbers the others around it. */
async function moveContribution(tx: EntityManager, contribution: Contribution, to: number): Promise<void> {
  const siblings = await tx.find(
    Contribution,
    { meeting: contribution.meeting },
    { orderBy: { order: 'asc', createdAt: 'asc' } },
  );
  const byId = new Map(siblings.map((sibling) => [sibling.id, sibling]));
  movedTo([...byId.keys()], contribution.id, to).forEach((id, order) => {
    const sibling = byId.get(id);
    if (sibling) sibling.order = order;
  });
}

export async function createContribution({ ctx, input }: { ctx: Context; input: CreateContributionInput }) {
  return ctx.em.transactional(async (tx) => {
    const { meetingId, speakerId, speakerName, order, ...fields } = input;
    const meeting = await managedMeeting(ctx, tx, meetingId);
    const speaker = await findOptional(tx, Person, speakerId, 'speakerId');
    const contribution = tx.create(Contribution, {
      ...fields,
      meeting,
      speaker,
      speakerName: speakerName?.trim() || (speaker ? personName(speaker) : null),
      order: await nextOrder(tx, Contribution, { meeting }, meeting.id),
    });
    if (order !== undefined && order !== null) {
      await tx.flush();
      await moveContribution(tx, contribution, order);
    }
    return contribution;
  });
}

export async function updateContribution({
  ctx,
  id,
  input,
}: {
  ctx: Context;
  id: string;
  input: UpdateContributionInput;
}) {
  return ctx.em.transactional(async (tx) => {
    const contribution = await findOrFail(tx, Contribution, id);
    await authorizeManaging(ctx, contribution.meeting);
    const { speakerId, speakerName, order, ...fields } = input;
    const speaker = await findOptional(tx, Person, speakerId, 'speakerId');
    // A person chosen from the directory speaks under their name unless one is written for them.
    const name = speaker && !speakerName?.trim() ? personName(speaker) : speakerName?.trim() || speakerName;
    tx.assign(contribution, definedFields({ ...fields, speaker, speakerName: name }));
    const linked = await contribution.speaker?.load();
    if (linked && !contribution.speakerName) contribution.speakerName = personName(linked);
    if (order !== undefined) await moveContribution(tx, contribution, order);
    return contribution;
  });
}

export function deleteContribution({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Contribution, id, (contribution) => authorizeManaging(ctx, contribution.meeting));
}
