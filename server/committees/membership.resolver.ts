import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { CommitteeCapabilities } from './committee.capabilities';
import { Committee } from './committee.entity';
import { AddMembershipInput, UpdateMembershipInput } from './committee.inputs';
import { Membership } from './membership.entity';
import { addMembership, removeMembership, updateMembership } from './membership.service';

@Resolver(() => Membership)
export class MembershipResolver {
  @Mutation(() => Membership)
  addMembership(@Arg('input', () => AddMembershipInput) input: AddMembershipInput, @Ctx() ctx: Context) {
    return addMembership({ ctx, input });
  }

  @Mutation(() => Membership)
  updateMembership(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return updateMembership({ ctx, id, input });
  }

  @Mutation(() => ID)
  removeMembership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return removeMembership({ ctx, id });
  }

  @FieldResolver(() => Committee)
  committee(@Root() membership: Membership): Promise<Committee> {
    return membership.committee.loadOrFail();
  }

  @FieldResolver(() => Person)
  person(@Root() membership: Membership): Promise<Person> {
    return membership.person.loadOrFail();
  }

  @FieldResolver(() => CommitteeCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() membership: Membership, @Ctx() { roles }: Context) {
    return CommitteeCapabilities.of(roles, membership.committee.loadOrFail());
  }
}
