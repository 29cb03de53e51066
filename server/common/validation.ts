import { IsInt, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LIMITS } from '../../schema/limits';

/** For patch inputs: the field may be left out, but a given value (null included) is validated. */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

export function IsNotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}

/** Text a person writes: a string with something in it, at most `max` characters. */
export function IsText(max: number): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    IsNotBlank()(target, key);
    MaxLength(max)(target, key);
  };
}

/** A place in an ordered list (0, 1, 2, …); negative places are refused. */
export function IsPlace(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(0)(target, key);
  };
}

/** Minutes planned for an agenda item: a whole number from 1 to a working day. */
export function IsPlannedMinutes(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(1)(target, key);
    Max(LIMITS.plannedMinutes)(target, key);
  };
}
