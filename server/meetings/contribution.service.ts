import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import { Person } from '../people/person.entity';
import { Contribution } from './contribution.entity';
import type { CreateContributionInput, UpdateContributionInput } from './meeting.inputs';
import { Meeting } from './meeting.entity';

export async function createContribution({ em, input }: { em: EntityManager; input: CreateContributionInput }) {
  return em.transactional(async (tx) => {
    const { meetingId, speakerId, order, ...fields } = input;
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId');
    return tx.create(Contribution, {
      ...fields,
      meeting,
      speaker: await findOptional(tx, Person, speakerId, 'speakerId'),
      order: order ?? (await nextOrder(tx, Contribution, { meeting })),
    });
  });
}

export async function updateContribution({
  em,
  id,
  input,
}: {
  em: EntityManager;
  id: string;
  input: UpdateContributionInput;
}) {
  return em.transactional(async (tx) => {
    const contribution = await findOrFail(tx, Contribution, id);
    const { speakerId, ...fields } = input;
    const speaker = await findOptional(tx, Person, speakerId, 'speakerId');
    tx.assign(contribution, definedFields({ ...fields, speaker }));
    return contribution;
  });
}

export function deleteContribution({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, Contribution, id);
}
