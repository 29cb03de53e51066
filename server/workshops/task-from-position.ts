import { ref } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { authorize } from '../auth/authorize';
import { OptionalText } from '../common/fields';
import { findOrFail } from '../common/find';
import { IsOmittable } from '../common/validation';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { livePolicy } from '../live/live.policy';
import { liveTransaction } from '../live/live-transaction';
import { Position } from '../tables/position.entity';
import { WorkingTableKind } from '../tables/working-table.entity';
import { IsTaskItems } from '../tasks/task.inputs';
import { createTask } from '../tasks/task.service';

@InputType()
export class CreateTaskFromPositionInput {
  @Field(() => ID, { description: 'A position of a REALISATION table' })
  positionId!: string;

  @Field(() => ID, { description: 'The committee, organisation or person responsible ("Wer")' })
  ownerId!: string;

  @Field(() => [String], { nullable: true, description: 'The "Was" lines; the position\'s text when left out' })
  @IsOmittable()
  @IsTaskItems()
  items?: string[];

  @OptionalText(LIMITS.dueLabel, { description: 'The "Bis wann" as written, e.g. "Ostern 2013"' })
  dueLabel?: string | null;
}

/** Turns a "Konkretion – Realisierung" position into a next step of its meeting, in one transaction. */
export async function createTaskFromPosition({ ctx, input }: { ctx: Context; input: CreateTaskFromPositionInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx) => {
    const position = await findOrFail(tx, Position, input.positionId, 'positionId', { populate: ['table.meeting'] });
    const table = position.table.getEntity();
    await authorize(ctx, livePolicy, 'createTask', table.meeting.getEntity());
    if (table.kind !== WorkingTableKind.REALISATION) {
      throw new BadUserInputError('positionId', 'only positions of a REALISATION table become next steps');
    }
    const task = await createTask({
      // Inside this transaction: the step and its event commit with the link to the position.
      ctx: { ...ctx, em: tx },
      input: {
        meetingId: table.meeting.id,
        ownerId: input.ownerId,
        items: input.items ?? [position.text],
        dueLabel: input.dueLabel,
      },
    });
    task.sourcePosition = ref(position);
    return task;
  });
}
