import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { accountPolicy } from './account.policy';
import { inviteAccount, updateAccount } from './account.service';
import { InviteAccountInput, UpdateAccountInput } from './auth.inputs';
import { authorize } from './authorize';
import { AccountInvitationResult } from './me.type';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => [Account], { description: 'Admins only' })
  async accounts(@Ctx() ctx: Context): Promise<Account[]> {
    await authorize(ctx, accountPolicy, 'manage', null);
    return ctx.em.find(Account, {}, { orderBy: { email: 'asc' } });
  }

  @Mutation(() => AccountInvitationResult, {
    description: 'Admins create an account and get its single-use invitation token',
  })
  inviteAccount(@Arg('input', () => InviteAccountInput) input: InviteAccountInput, @Ctx() ctx: Context) {
    return inviteAccount({ ctx, input });
  }

  @Mutation(() => Account)
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: Context,
  ) {
    return updateAccount({ ctx, id, input });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the invitation still waits to be accepted: no password has been set yet',
  })
  invitationPending(@Root() account: Account): boolean {
    return !account.passwordHash;
  }

  @FieldResolver(() => Person)
  person(@Root() account: Account): Promise<Person> {
    return account.person.loadOrFail();
  }
}
