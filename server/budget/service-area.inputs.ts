import { IsInt, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS, SERVICE_AREA_CODE } from '../../schema/limits';
import { IsOmittable } from '../common/validation';
import { IsName } from './budget.validation';

@InputType()
export class CreateServiceAreaInput {
  @Field(() => String, { description: 'Capitals, digits and underscores, e.g. FAMILY_CENTRES' })
  @Matches(SERVICE_AREA_CODE, { message: 'code must consist of capitals, digits and underscores' })
  @MaxLength(LIMITS.serviceAreaCode)
  code!: string;

  @Field(() => String)
  @IsName()
  name!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  order?: number;
}

@InputType()
export class UpdateServiceAreaInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsName()
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt()
  order?: number;
}
