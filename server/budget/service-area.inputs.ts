import { IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsNotBlank, IsOmittable } from '../common/validation';

export const SERVICE_AREA_CODE = /^[A-Z][A-Z0-9_]*$/;

@InputType()
export class CreateServiceAreaInput {
  @Field(() => String, { description: 'Capitals, digits and underscores, e.g. FAMILY_CENTRES' })
  @Matches(SERVICE_AREA_CODE, { message: 'code must consist of capitals, digits and underscores' })
  @MaxLength(LIMITS.serviceAreaCode)
  code!: string;

  @Field(() => String)
  @IsString()
  @IsNotBlank()
  @MaxLength(LIMITS.name)
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
  @IsString()
  @IsNotBlank()
  @MaxLength(LIMITS.name)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt()
  order?: number;
}
