import { IsBoolean, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { IsOmittable, IsText } from '../common/validation';

@InputType()
export class AddAttendeeInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A person from the directory; or give name (and organisation) as written',
  })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "As on the paper list; the person's name when left out" })
  @IsOptional()
  @IsText(LIMITS.name)
  name?: string | null;

  @OptionalText(LIMITS.name, { description: "The person's organisation when left out" })
  organizationName?: string | null;
}

@InputType()
export class UpdateAttendeeInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsText(LIMITS.name)
  name?: string;

  @OptionalText(LIMITS.name)
  organizationName?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOmittable()
  @IsBoolean()
  present?: boolean;
}
