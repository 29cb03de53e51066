import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Region } from '../regions/region.entity';
import { BudgetFigure } from './budget-figure.entity';
import { CaseStatistics } from './case-statistics.entity';
import type { RegionRecord } from './region-record.entity';
import { ServiceArea } from './service-area.entity';

/** The region and area of figures and case counts; one resolver class for both record types. */
function regionAreaResolver<T extends RegionRecord>(entity: new () => T) {
  @Resolver(() => entity)
  class RegionAreaResolver {
    @FieldResolver(() => Region)
    region(@Root() record: T): Promise<Region> {
      return record.region.loadOrFail();
    }

    @FieldResolver(() => ServiceArea, { nullable: true, description: 'None: the region as a whole' })
    async area(@Root() record: T): Promise<ServiceArea | null> {
      return (await record.area?.load()) ?? null;
    }
  }
  return RegionAreaResolver;
}

export const BudgetFigureRecordResolver = regionAreaResolver(BudgetFigure);
export const CaseStatisticsRecordResolver = regionAreaResolver(CaseStatistics);
