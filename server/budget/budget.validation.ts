import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from '../../schema/limits';
import { IsNotBlank } from '../common/validation';

function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };
}

export function IsBudgetYear(): PropertyDecorator {
  return all(IsInt(), Min(LIMITS.budgetYearMin), Max(LIMITS.budgetYearMax));
}

export function IsMonth(): PropertyDecorator {
  return all(IsInt(), Min(1), Max(12));
}

export function IsCents(): PropertyDecorator {
  return all(IsInt(), Min(0), Max(LIMITS.amountCents));
}

export function IsCount(): PropertyDecorator {
  return all(IsInt(), Min(0), Max(LIMITS.cases));
}

/** A name a person types: text, not blank, at most LIMITS.name characters. */
export function IsName(): PropertyDecorator {
  return all(IsString(), IsNotBlank(), MaxLength(LIMITS.name));
}
