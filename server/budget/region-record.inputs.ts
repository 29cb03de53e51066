import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBudgetYear, IsMonth } from './budget.validation';

/** The key of a figure or case count, shared by their "set" inputs (not a schema type: never referenced). */
@InputType()
export abstract class RegionRecordInput {
  @Field(() => ID)
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'None: the region as a whole' })
  areaId?: string | null;

  @Field(() => Int)
  @IsBudgetYear()
  year!: number;

  @Field(() => Int, { nullable: true, description: 'None: the whole year' })
  @IsOptional()
  @IsMonth()
  month?: number | null;
}

/** Lists of figures and case counts, by regions, areas and year; each left out means all. */
@InputType()
export abstract class RegionRecordFilter {
  @Field(() => [ID], { nullable: true })
  regionIds?: string[];

  @Field(() => [ID], { nullable: true })
  areaIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBudgetYear()
  year?: number;
}
