import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsOmittable, IsPlace, IsText } from '../common/validation';
import { WorkingTableKind } from './working-table.entity';

/** A table's dots per participant: 0 (no voting at it) to the limit. */
function IsVoteBudget(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(0)(target, key);
    Max(LIMITS.voteBudget)(target, key);
  };
}

@InputType()
export class CreateWorkingTableInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => WorkingTableKind)
  @IsEnum(WorkingTableKind)
  kind!: WorkingTableKind;

  @Field(() => String)
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Place among the tables; appended when left out' })
  @IsOptional()
  @IsPlace()
  order?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Dots each participant may give here, 0 to ${LIMITS.voteBudget}; ${LIMITS.defaultVoteBudget} when left out`,
  })
  @IsOptional()
  @IsVoteBudget()
  voteBudget?: number;
}

@InputType()
export class UpdateWorkingTableInput {
  @Field(() => WorkingTableKind, { nullable: true })
  @IsOmittable()
  @IsEnum(WorkingTableKind)
  kind?: WorkingTableKind;

  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.title)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'Its place among the tables; the others move up or down' })
  @IsOmittable()
  @IsPlace()
  order?: number;

  @Field(() => Int, { nullable: true, description: `Dots each participant may give here, 0 to ${LIMITS.voteBudget}` })
  @IsOmittable()
  @IsVoteBudget()
  voteBudget?: number;
}

@InputType()
export class CreatePositionInput {
  @Field(() => ID)
  tableId!: string;

  @Field(() => String)
  @IsText(LIMITS.positionText)
  text!: string;
}

@InputType()
export class UpdatePositionInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The version the change is based on; a stale one is refused with CONFLICT',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.positionText)
  text?: string;

  @Field(() => ID, { nullable: true, description: 'Moves the position to another table of the same meeting' })
  tableId?: string;

  @Field(() => Int, { nullable: true, description: '1–5, or null to take the position out of the top five' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.topRanks)
  rank?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsPlace()
  order?: number;
}
