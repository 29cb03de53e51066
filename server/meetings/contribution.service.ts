import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Contribution } from './contribution.entity';
import type { CreateContributionInput, UpdateContributionInput } from './meeting.inputs';
import { authorizeManaging, managedMeeting } from './meeting.service';

export async function createContribution({ ctx, input }: { ctx: Context; input: CreateContributionInput }) {
  return ctx.em.transactional(async (tx) => {
    const { meetingId, speakerId, order, ...fields } = input;
    const meeting = await managedMeeting(ctx, tx, meetingId);
    return tx.create(Contribution, {
      ...fields,
      meeting,
      speaker: await findOptional(tx, Person, speakerId, 'speakerId'),
      order: order ?? (await nextOrder(tx, Contribution, { meeting })),
    });
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
    const { speakerId, ...fields } = input;
    const speaker = await findOptional(tx, Person, speakerId, 'speakerId');
    tx.assign(contribution, definedFields({ ...fields, speaker }));
    return contribution;
  });
}

export function deleteContribution({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Contribution, id, (contribution) => authorizeManaging(ctx, contribution.meeting));
}
