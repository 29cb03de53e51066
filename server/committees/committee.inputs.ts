import { IsEnum, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { DateScalar } from '../common/scalars';
import { IsOmittable, IsText } from '../common/validation';
import { CommitteeKind } from './committee.entity';
import { MembershipRole } from './membership.entity';

@InputType()
export class CreateCommitteeInput {
  @Field(() => String)
  @IsText(LIMITS.name)
  name!: string;

  @OptionalText(LIMITS.name)
  shortName?: string | null;

  @Field(() => CommitteeKind)
  @IsEnum(CommitteeKind)
  kind!: CommitteeKind;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string | null;
}

@InputType()
export class UpdateCommitteeInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.name)
  name?: string;

  @OptionalText(LIMITS.name)
  shortName?: string | null;

  @Field(() => CommitteeKind, { nullable: true })
  @IsOmittable()
  @IsEnum(CommitteeKind)
  kind?: CommitteeKind;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  committeeId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole)
  role!: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  since?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  until?: Date | null;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => MembershipRole, { nullable: true })
  @IsOmittable()
  @IsEnum(MembershipRole)
  role?: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  since?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  until?: Date | null;
}
