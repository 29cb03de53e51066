import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LIMITS } from '../../../schema/limits';
import { DateScalar } from '../../common/scalars';
import { IsText } from '../../common/validation';
import { WorkingTableKind } from '../../tables/working-table.entity';

/*
 * The draft is shown for review and sent back, possibly edited, to be saved; so each class is
 * both the output type and the input type (named …Input), and stays one definition.
 */

@ObjectType('ProtocolDraftTable')
@InputType('ProtocolDraftTableInput')
export class ProtocolDraftTable {
  @Field(() => WorkingTableKind)
  @IsEnum(WorkingTableKind)
  kind!: WorkingTableKind;

  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => [String])
  @ArrayMaxSize(LIMITS.importedRecords * 10)
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'each of $property must not be blank' })
  @MaxLength(LIMITS.positionText, { each: true })
  positions!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'The five most important points in rank order, each one of positions',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.topRanks)
  @IsString({ each: true })
  @MaxLength(LIMITS.positionText, { each: true })
  topFive?: string[] | null;
}

@ObjectType('ProtocolDraftTask')
@InputType('ProtocolDraftTaskInput')
export class ProtocolDraftTask {
  @Field(() => String, { description: 'The "Wer" as written' })
  @IsText(LIMITS.name)
  ownerLabel!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The committee, organisation or person the label names; null when none matched',
  })
  ownerId?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(LIMITS.taskItems)
  @ArrayMinSize(1)
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'each of $property must not be blank' })
  @MaxLength(LIMITS.taskItem, { each: true })
  items!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.dueLabel)
  dueLabel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Resolved from dueLabel; give one to override' })
  dueDate?: Date | string | null;
}

@ObjectType('ProtocolDraftAttendee')
@InputType('ProtocolDraftAttendeeInput')
export class ProtocolDraftAttendee {
  @Field(() => String)
  @IsText(LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.name)
  organizationName?: string | null;
}

@ObjectType('ProtocolDraftContribution', { description: 'A talk of the protocol: who spoke, about what' })
@InputType('ProtocolDraftContributionInput')
export class ProtocolDraftContribution {
  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.name)
  speakerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  affiliation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  summary?: string | null;
}

@ObjectType('ProtocolDraft', { description: 'A protocol read from text, for review before it is saved as a meeting' })
@InputType('ProtocolDraftInput')
export class ProtocolDraft {
  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The meeting day; required to save' })
  date?: Date | string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.title)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  footnote?: string | null;

  @Field(() => String, { nullable: true, description: 'Who wrote the protocol, as written' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  authorName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The person the author name matched; a new person is recorded when null',
  })
  authorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The host body; matched from a "Veranstalter" line' })
  hostCommitteeId?: string | null;

  @Field(() => [ProtocolDraftAttendee], {
    nullable: true,
    description: 'Who was there ("Anwesend"); saved as the attendance list',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.importedRecords * 10)
  @ValidateNested({ each: true })
  attendees?: ProtocolDraftAttendee[] | null;

  @Field(() => [ProtocolDraftContribution], { nullable: true, description: 'The talks, in order' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.importedRecords)
  @ValidateNested({ each: true })
  contributions?: ProtocolDraftContribution[] | null;

  @Field(() => [ProtocolDraftTable])
  @ArrayMaxSize(LIMITS.importedRecords)
  @ValidateNested({ each: true })
  workingTables!: ProtocolDraftTable[];

  @Field(() => [ProtocolDraftTask])
  @ArrayMaxSize(LIMITS.importedRecords)
  @ValidateNested({ each: true })
  tasks!: ProtocolDraftTask[];
}
