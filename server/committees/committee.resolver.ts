import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../auth/authorize';
import { VIEWER_CAN } from '../auth/capabilities';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { directoryPolicy } from '../people/directory.policy';
import { Region } from '../regions/region.entity';
import { CommitteeCapabilities } from './committee.capabilities';
import { Committee } from './committee.entity';
import { CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { committeePolicy } from './committee.policy';
import { createCommittee, deleteCommittee, deletionImpact, updateCommittee } from './committee.service';
import { CommitteeDeletionImpact } from './committee-deletion.type';
import { Membership } from './membership.entity';

@Resolver(() => Committee)
export class CommitteeResolver {
  @Query(() => [Committee])
  async committees(@Ctx() ctx: Context): Promise<Committee[]> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return ctx.em.find(Committee, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Committee)
  async committee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Committee> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return findOrFail(ctx.em, Committee, id);
  }

  @Mutation(() => Committee)
  createCommittee(@Arg('input', () => CreateCommitteeInput) input: CreateCommitteeInput, @Ctx() ctx: Context) {
    return createCommittee({ ctx, input });
  }

  @Mutation(() => Committee)
  updateCommittee(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommitteeInput) input: UpdateCommitteeInput,
    @Ctx() ctx: Context,
  ) {
    return updateCommittee({ ctx, id, input });
  }

  @Mutation(() => ID)
  deleteCommittee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteCommittee({ ctx, id });
  }

  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() committee: Committee): Promise<Region | null> {
    return (await committee.region?.load()) ?? null;
  }

  @FieldResolver(() => Committee, { nullable: true })
  async parent(@Root() committee: Committee): Promise<Committee | null> {
    return (await committee.parent?.load()) ?? null;
  }

  @FieldResolver(() => [Committee])
  subcommittees(@Root() committee: Committee): Promise<Committee[]> {
    return committee.subcommittees.loadItems();
  }

  @FieldResolver(() => [Membership], {
    description: "For signed-in users; a meeting's guests see the host committee but not its members",
  })
  async memberships(@Root() committee: Committee, @Ctx() ctx: Context): Promise<Membership[]> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return committee.memberships.loadItems();
  }

  @FieldResolver(() => CommitteeDeletionImpact, {
    description: 'What deleting it would delete or detach; for those who may delete it (admins)',
  })
  async deletionImpact(@Root() committee: Committee, @Ctx() ctx: Context): Promise<CommitteeDeletionImpact> {
    await authorize(ctx, committeePolicy, 'manage', committee);
    return deletionImpact(ctx.em, committee.id);
  }

  @FieldResolver(() => CommitteeCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() committee: Committee, @Ctx() { roles }: Context) {
    return CommitteeCapabilities.of(roles, committee);
  }
}
