import type { TFunction } from 'i18next';

/** The standard service areas the server creates everywhere; their names are translated here. */
const STANDARD_AREAS = [
  'HZE_AMBULANT',
  'HZE_STATIONAER',
  'NON_CASE_SPECIFIC',
  'SOCIAL_SPACE_WORK',
  'CENTRAL_SERVICES',
  'YOUTH_WORK',
  'SCHOOL_SOCIAL_WORK',
  'OTHER',
] as const;

type StandardArea = (typeof STANDARD_AREAS)[number];

const isStandard = (code: string): code is StandardArea => STANDARD_AREAS.includes(code as StandardArea);

/** A standard area in the interface language; a custom one as its people named it. */
export function areaName(area: { code: string; name: string; builtIn?: boolean }, t: TFunction): string {
  return area.builtIn !== false && isStandard(area.code) ? t(`budget.areas.${area.code}`) : area.name;
}
