import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AcceptAccountInvitationInput, SignInInput } from './auth.inputs';
import { acceptAccountInvitation, me, signIn, signOut } from './auth.service';
import { Me, SessionResult } from './me.type';
import { Public } from './public';

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Me, { nullable: true, description: 'Who is signed in: null for anonymous visitors' })
  me(@Ctx() ctx: Context): Promise<Me | null> {
    return me(ctx);
  }

  @Public()
  @Mutation(() => SessionResult, { description: 'Signs in with e-mail and password; sets the session cookie' })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<SessionResult> {
    return signIn({ ctx, input });
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookie; false if there was none' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return signOut({ ctx });
  }

  @Public()
  @Mutation(() => SessionResult, { description: 'Sets the password of an invited account (single use) and signs in' })
  acceptAccountInvitation(
    @Arg('input', () => AcceptAccountInvitationInput) input: AcceptAccountInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<SessionResult> {
    return acceptAccountInvitation({ ctx, input });
  }
}
