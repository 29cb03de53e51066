import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';

export const AUDIT_PAGE = { default: 100, max: 500 } as const;

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => String, { nullable: true, description: 'A record type, e.g. "Position"' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  actorAccountId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only entries before this instant (for paging back)' })
  before?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: `At most this many entries, newest first (default ${AUDIT_PAGE.default})`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE.max)
  limit?: number | null;
}
