import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsOmittable, IsText } from '../common/validation';
import { Grant } from './account.entity';

function IsNewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Length(LIMITS.passwordMin, LIMITS.passwordMax, {
      message: `$property must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long`,
    })(target, key);
  };
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsString()
  @MaxLength(LIMITS.email)
  email!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class AcceptAccountInvitationInput {
  @Field(() => String, { description: 'The token of the invitation link' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field(() => String)
  @IsNewPassword()
  password!: string;
}

@InputType()
export class InviteAccountInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(LIMITS.email)
  email!: string;

  @Field(() => ID, { nullable: true, description: 'The person the account is for; or give a name to add a new person' })
  personId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.name)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a new person: their organisation' })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean | null;

  @Field(() => [Grant], { nullable: true })
  @IsOptional()
  @IsEnum(Grant, { each: true })
  grants?: Grant[] | null;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsEmail()
  @MaxLength(LIMITS.email)
  email?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOmittable()
  @IsBoolean()
  isAdmin?: boolean;

  @Field(() => [Grant], { nullable: true })
  @IsOmittable()
  @IsEnum(Grant, { each: true })
  grants?: Grant[];

  @Field(() => Boolean, { nullable: true, description: "Disabling ends all the account's sessions" })
  @IsOmittable()
  @IsBoolean()
  disabled?: boolean;
}
