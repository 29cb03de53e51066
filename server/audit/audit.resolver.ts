import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../auth/authorize';
import { assertId } from '../common/find';
import type { Context } from '../context';
import { AUDIT_PAGE, AuditFilter } from './audit.inputs';
import { auditPolicy } from './audit.policy';
import { AuditEntry, AuditFieldChange } from './audit-entry.entity';

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => [AuditEntry], {
    description: "Who changed what, newest first: all for admins, their meetings' for facilitators",
  })
  async auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    const { meetingId, entityName, entityId, actorAccountId, before, limit } = filter ?? {};
    await authorize(ctx, auditPolicy, 'read', null);
    const where: FilterQuery<AuditEntry>[] = [];
    if (meetingId) {
      assertId(meetingId, 'meetingId');
      await authorize(ctx, auditPolicy, 'readMeeting', meetingId);
      where.push({ meetingId });
    } else {
      const facilitated = await ctx.roles.facilitatedMeetingIds();
      if (facilitated) where.push({ meetingId: { $in: facilitated } });
    }
    if (actorAccountId) assertId(actorAccountId, 'actorAccountId');
    if (entityName) where.push({ entityName });
    if (entityId) where.push({ entityId });
    if (actorAccountId) where.push({ actorAccountId });
    if (before) where.push({ at: { $lt: before } });
    return ctx.em.find(
      AuditEntry,
      { $and: where },
      { orderBy: { at: 'desc', id: 'asc' }, limit: limit ?? AUDIT_PAGE.default },
    );
  }

  @FieldResolver(() => [AuditFieldChange])
  changes(@Root() entry: AuditEntry): AuditFieldChange[] {
    return Object.entries(entry.changes).map(([field, { before, after }]) => ({
      field,
      before: json(before),
      after: json(after),
    }));
  }
}
