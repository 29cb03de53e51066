import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { AccountCapabilities } from './account.policy';
import { listSessions, revokeSession } from './account.service';
import { VIEWER_CAN } from './capabilities';
import { Session } from './session.entity';

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => [Session], { description: "Running sessions: the viewer's own, or (admins) those of accountId" })
  sessions(@Arg('accountId', () => ID, { nullable: true }) accountId: string | null, @Ctx() ctx: Context) {
    return listSessions({ ctx, accountId });
  }

  @Mutation(() => Session, { description: "Ends a session: one's own, or any for admins; its WebSockets close" })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return revokeSession({ ctx, id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the session asking' })
  current(@Root() session: Session, @Ctx() { viewer }: Context): boolean {
    return viewer.kind !== 'anonymous' && viewer.sessionId === session.id;
  }

  @FieldResolver(() => AccountCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() session: Session, @Ctx() { roles }: Context) {
    return AccountCapabilities.of(roles, session);
  }
}
