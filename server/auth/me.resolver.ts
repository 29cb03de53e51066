import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { berlinDay } from '../common/berlin-time';
import type { Context } from '../context';
import { POLICIES } from '../policies';
import { VIEWER_CAN, viewerCapabilitiesOf } from './capabilities';
import { Me } from './me.type';
import { Roles } from './roles';

const ViewerCapabilities = viewerCapabilitiesOf(POLICIES);

@Resolver(() => Me)
export class MeResolver {
  @FieldResolver(() => ViewerCapabilities.type, {
    description: `What the viewer may do apart from any one record (create a meeting, write budget data); ${VIEWER_CAN}`,
  })
  viewerCan(@Root() me: Me, @Ctx() ctx: Context) {
    const asking = ctx.viewer.kind !== 'anonymous' && ctx.viewer.sessionId === me.viewer.sessionId;
    // Signing in or joining answers for the session it started, which is not yet the one asking.
    const roles = asking ? ctx.roles : new Roles(ctx.em, me.viewer, berlinDay(ctx.now()));
    return ViewerCapabilities.of(roles, null);
  }
}
