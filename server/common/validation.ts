import { Matches, ValidateIf } from 'class-validator';

/** For patch inputs: the field may be left out, but a given value (null included) is validated. */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

export function IsNotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}
