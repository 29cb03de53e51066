import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { DateScalar } from '../common/scalars';
import { IsOmittable } from '../common/validation';
import { TaskStatus } from './task.entity';

export function IsTaskItems(): PropertyDecorator {
  return (target, key) => {
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(LIMITS.taskItems)(target, key);
    IsString({ each: true })(target, key);
    Matches(/\S/, { each: true, message: 'each of $property must not be blank' })(target, key);
    MaxLength(LIMITS.taskItem, { each: true })(target, key);
  };
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { description: 'The committee, organisation or person responsible ("Wer")' })
  ownerId!: string;

  @OptionalText(LIMITS.name, { description: 'The "Wer" as written; defaults to the owner\'s short name' })
  ownerLabel?: string | null;

  @Field(() => [String])
  @IsTaskItems()
  items!: string[];

  @OptionalText(LIMITS.dueLabel, { description: 'The "Bis wann" as written, e.g. "Ostern 2013"' })
  dueLabel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Overrides the date resolved from dueLabel' })
  dueDate?: Date | null;

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

@InputType()
export class UpdateTaskInput {
  @Field(() => ID, { nullable: true })
  @IsOmittable()
  ownerId?: string;

  @OptionalText(LIMITS.name)
  ownerLabel?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsTaskItems()
  items?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Changing the label resolves the date anew unless dueDate is given',
  })
  @IsOptional()
  @MaxLength(LIMITS.dueLabel)
  dueLabel?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: Date | null;

  @Field(() => TaskStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: 'Only steps owned by this committee, organisation or person' })
  ownerId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only steps owned by one of these committees, organisations or people',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.filterIds)
  ownerIds?: string[];

  @Field(() => ID, { nullable: true })
  meetingId?: string;

  @Field(() => [TaskStatus], { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus, { each: true })
  status?: TaskStatus[];

  @Field(() => DateScalar, { nullable: true, description: 'Only steps due on or before this day' })
  dueBefore?: Date;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue open steps; false: only the others' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}
