import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { DateTimeScalar } from '../common/scalars';
import { IsOmittable, IsPlace, IsPlannedMinutes, IsText } from '../common/validation';
import { WorkshopPhase } from '../workshops/workshop.entity';
import { MeetingRoleKind } from './meeting-role.entity';
import { IsPhases } from './meeting-template.inputs';

@InputType()
export class CreateMeetingInput {
  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  allDay?: boolean;

  @OptionalText(LIMITS.title)
  place?: string | null;

  @Field(() => ID, { nullable: true })
  hostCommitteeId?: string | null;

  @Field(() => ID, { nullable: true })
  protocolAuthorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start from this template (see meetingTemplates)' })
  templateId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Start like this earlier meeting: its host body, phases, tables, agenda and invitees, never its cards, votes, next steps or attendance',
  })
  copyFromMeetingId?: string | null;

  @Field(() => [WorkshopPhase], {
    nullable: true,
    description: "The working phases; the template's or earlier meeting's when left out",
  })
  @IsOptional()
  @IsPhases()
  phases?: WorkshopPhase[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  reviewsOpenSteps?: boolean | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.title)
  title?: string;

  @OptionalText(LIMITS.longText)
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

  @OptionalText(LIMITS.title)
  place?: string | null;

  @Field(() => ID, { nullable: true })
  hostCommitteeId?: string | null;

  @Field(() => ID, { nullable: true })
  protocolAuthorId?: string | null;

  @OptionalText(LIMITS.longText)
  protocolFootnote?: string | null;

  @Field(() => [WorkshopPhase], { nullable: true, description: 'Put in workshop order, PREPARE added' })
  @IsOmittable()
  @IsPhases()
  phases?: WorkshopPhase[];

  @Field(() => Boolean, { nullable: true })
  @IsOmittable()
  @IsBoolean()
  reviewsOpenSteps?: boolean;

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

  @OptionalText(LIMITS.name)
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

  @OptionalText(LIMITS.title)
  note?: string | null;
}

@InputType()
export class CreateContributionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A person from the directory; their name is the speaker unless speakerName says otherwise',
  })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker as written; none for an agenda item without one' })
  @IsOptional()
  @IsText(LIMITS.name)
  speakerName?: string | null;

  @OptionalText(LIMITS.title)
  affiliation?: string | null;

  @OptionalText(LIMITS.longText)
  summary?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsPlannedMinutes()
  plannedMinutes?: number | null;

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

  @Field(() => ID, { nullable: true, description: 'null: the speaker is no person of the directory' })
  speakerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.name)
  speakerName?: string | null;

  @OptionalText(LIMITS.title)
  affiliation?: string | null;

  @OptionalText(LIMITS.longText)
  summary?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsPlannedMinutes()
  plannedMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Moves it to this place (0 first); the others close up behind it' })
  @IsOmittable()
  @IsPlace()
  order?: number;
}
