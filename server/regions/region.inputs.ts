import { IsEnum } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsOmittable, IsText } from '../common/validation';
import { RegionKind } from './region.entity';

@InputType()
export class CreateRegionInput {
  @Field(() => String)
  @IsText(LIMITS.name)
  name!: string;

  @Field(() => RegionKind)
  @IsEnum(RegionKind)
  kind!: RegionKind;

  @Field(() => ID, { nullable: true, description: 'The district a social space lies in' })
  parentId?: string | null;
}

@InputType()
export class UpdateRegionInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.name)
  name?: string;

  @Field(() => RegionKind, { nullable: true })
  @IsOmittable()
  @IsEnum(RegionKind)
  kind?: RegionKind;

  @Field(() => ID, { nullable: true, description: 'null: no parent' })
  parentId?: string | null;
}
