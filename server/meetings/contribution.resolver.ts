import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Contribution } from './contribution.entity';
import { createContribution, deleteContribution, updateContribution } from './contribution.service';
import { MeetingCapabilities } from './meeting.capabilities';
import { CreateContributionInput, UpdateContributionInput } from './meeting.inputs';

@Resolver(() => Contribution)
export class ContributionResolver {
  @Mutation(() => Contribution)
  createContribution(@Arg('input', () => CreateContributionInput) input: CreateContributionInput, @Ctx() ctx: Context) {
    return createContribution({ ctx, input });
  }

  @Mutation(() => Contribution)
  updateContribution(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContributionInput) input: UpdateContributionInput,
    @Ctx() ctx: Context,
  ) {
    return updateContribution({ ctx, id, input });
  }

  @Mutation(() => ID)
  deleteContribution(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteContribution({ ctx, id });
  }

  @FieldResolver(() => Person, { nullable: true })
  async speaker(@Root() contribution: Contribution): Promise<Person | null> {
    return (await contribution.speaker?.load()) ?? null;
  }

  @FieldResolver(() => MeetingCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() contribution: Contribution, @Ctx() { roles }: Context) {
    return MeetingCapabilities.of(roles, contribution.meeting.loadOrFail());
  }
}
