import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { DateTimeScalar } from '../common/scalars';
import { IsOmittable, IsPlace, IsText } from '../common/validation';
import { MeetingRoleKind } from './meeting-role.entity';

@InputType()
export class CreateMeetingInput {
  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  description?: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  allDay?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  place?: string | null;

  @Field(() => ID, { nullable: true })
  hostCommitteeId?: string | null;

  @Field(() => ID, { nullable: true })
  protocolAuthorId?: string | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.title)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOmittable()
  startsAt?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOmittable()
  @IsBoolean()
  allDay?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  place?: string | null;

  @Field(() => ID, { nullable: true })
  hostCommitteeId?: string | null;

  @Field(() => ID, { nullable: true })
  protocolAuthorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  protocolFootnote?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Closes the meeting (participants then only read) or opens it again',
  })
  @IsOptional()
  @IsBoolean()
  closed?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Publishes the summary to everyone, signed in or not, or withdraws it',
  })
  @IsOptional()
  @IsBoolean()
  published?: boolean | null;
}

@InputType()
export class SetMeetingRoleInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => MeetingRoleKind)
  @IsEnum(MeetingRoleKind)
  role!: MeetingRoleKind;
}

@InputType()
export class JoinMeetingInput {
  @Field(() => String, { description: 'The join code, as typed (case, spaces and dashes do not matter)' })
  @IsString()
  @MaxLength(20)
  code!: string;

  @Field(() => String, { description: "The name others see beside the guest's positions" })
  @IsText(LIMITS.name)
  displayName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  organizationName?: string | null;
}

@InputType()
export class InviteInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { description: 'A committee, organisation or person' })
  inviteeId!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  guest?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  note?: string | null;
}

@InputType()
export class CreateContributionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => String)
  @IsText(LIMITS.name)
  speakerName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  affiliation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  summary?: string | null;

  @Field(() => Int, { nullable: true, description: 'Place in the programme; appended when left out' })
  @IsOptional()
  @IsPlace()
  order?: number;
}

@InputType()
export class UpdateContributionInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.title)
  title?: string;

  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.name)
  speakerName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  affiliation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  summary?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsPlace()
  order?: number;
}
