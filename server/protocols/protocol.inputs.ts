import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsOmittable, IsText } from '../common/validation';

@InputType()
export class CreateProtocolSectionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { description: 'E.g. "Diskussion"' })
  @IsText(LIMITS.title)
  title!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(LIMITS.longText)
  body!: string;

  @Field(() => Int, { nullable: true, description: 'Place among the sections; appended when left out' })
  @IsOptional()
  @IsInt()
  @Min(0)
  order?: number;
}

@InputType()
export class UpdateProtocolSectionInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.title)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsString()
  @MaxLength(LIMITS.longText)
  body?: string;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt()
  @Min(0)
  order?: number;
}
