import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { Region } from '../regions/region.entity';
import { Committee } from './committee.entity';
import { CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { createCommittee, deleteCommittee, updateCommittee } from './committee.service';
import { Membership } from './membership.entity';

@Resolver(() => Committee)
export class CommitteeResolver {
  @Query(() => [Committee])
  committees(@Ctx() { em }: Context): Promise<Committee[]> {
    return em.find(Committee, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Committee)
  committee(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Committee> {
    return findOrFail(em, Committee, id);
  }

  @Mutation(() => Committee)
  createCommittee(@Arg('input', () => CreateCommitteeInput) input: CreateCommitteeInput, @Ctx() { em }: Context) {
    return createCommittee({ em, input });
  }

  @Mutation(() => Committee)
  updateCommittee(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommitteeInput) input: UpdateCommitteeInput,
    @Ctx() { em }: Context,
  ) {
    return updateCommittee({ em, id, input });
  }

  @Mutation(() => ID)
  deleteCommittee(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<string> {
    return deleteCommittee({ em, id });
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

  @FieldResolver(() => [Membership])
  memberships(@Root() committee: Committee): Promise<Membership[]> {
    return committee.memberships.loadItems();
  }
}
