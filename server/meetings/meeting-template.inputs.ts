import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { IsPlannedMinutes, IsText } from '../common/validation';
import { WorkingTableKind } from '../tables/working-table.entity';
import { WorkshopPhase } from '../workshops/workshop.entity';

/** Working phases a meeting runs through; CLOSED is the meeting closed, never a phase to plan. */
export function IsPhases(): PropertyDecorator {
  return (target, key) => {
    ArrayMaxSize(Object.keys(WorkshopPhase).length)(target, key);
    IsIn(
      Object.values(WorkshopPhase).filter((phase) => phase !== WorkshopPhase.CLOSED),
      { each: true, message: '$property may list the working phases, not CLOSED' },
    )(target, key);
  };
}

@InputType()
export class TemplateTableInput {
  @Field(() => WorkingTableKind)
  @IsEnum(WorkingTableKind)
  kind!: WorkingTableKind;

  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => Int, { nullable: true, description: `Dots per participant; ${LIMITS.defaultVoteBudget} when left out` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.voteBudget)
  voteBudget?: number | null;
}

@InputType()
export class TemplateAgendaItemInput {
  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsPlannedMinutes()
  plannedMinutes?: number | null;
}

@InputType()
export class TemplateStructureInput {
  @Field(() => [WorkshopPhase], { description: 'Put in workshop order, PREPARE added; CLOSED is refused' })
  @IsPhases()
  phases!: WorkshopPhase[];

  @Field(() => Boolean, { nullable: true })
  reviewsOpenSteps?: boolean | null;

  @Field(() => [TemplateTableInput])
  @ArrayMaxSize(LIMITS.templateItems)
  @ValidateNested()
  tables!: TemplateTableInput[];

  @Field(() => [TemplateAgendaItemInput])
  @ArrayMaxSize(LIMITS.templateItems)
  @ValidateNested()
  agenda!: TemplateAgendaItemInput[];
}

@InputType()
export class MeetingTemplateInput {
  @Field(() => String)
  @IsText(LIMITS.name)
  name!: string;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @Field(() => TemplateStructureInput)
  @ValidateNested()
  structure!: TemplateStructureInput;
}
