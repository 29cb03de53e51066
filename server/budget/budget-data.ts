import type { Region } from '../regions/region.entity';
import type { FigureFact } from './math/figures';
import type { ProviderFunding } from './provider-funding.entity';
import type { ServiceArea } from './service-area.entity';

export interface CaseFact {
  regionId: string;
  areaId: string | null;
  year: number;
  month: number | null;
  cases: number;
  medianCostCents: number | null;
}

export interface YearRange {
  fromYear: number;
  toYear: number;
}

/** Everything a budget view or controlling report is computed from, loaded in one go. */
export interface BudgetData {
  regions: Region[];
  /** The service areas the view is limited to; null: all, region-wide figures included. */
  areaFilter: ServiceArea[] | null;
  /** Every service area, to find the ones key figures need and to label rows. */
  areas: ServiceArea[];
  facts: FigureFact[];
  cases: CaseFact[];
  funding: ProviderFunding[];
  fromYear: number | null;
  toYear: number | null;
  trendBase: YearRange | null;
}
