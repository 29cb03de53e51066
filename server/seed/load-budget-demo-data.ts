import type { EntityManager } from '@mikro-orm/postgresql';
import { Budget } from '../budget/budget.entity';
import { BudgetFigure } from '../budget/budget-figure.entity';
import { ProviderFunding } from '../budget/provider-funding.entity';
import { Region } from '../regions/region.entity';
import type { BudgetSeedData } from './budget-seed-data';

/**
 * Adds the demo budget data inside loadDemoData's transaction, which has already made sure the
 * database was empty. Each record's source names the protocol and slide and quotes it.
 */
export async function loadBudgetDemoData(tx: EntityManager, data: BudgetSeedData): Promise<void> {
  const regions = new Map(data.regions.map((r) => [r.key, tx.create(Region, { name: r.name, kind: r.kind })]));
  const region = (key: string) => {
    const found = regions.get(key);
    if (!found) throw new Error(`budget seed data refers to unknown region "${key}"`);
    return found;
  };
  const source = ({ source: key, asWritten }: { source: string; asWritten: string }) => {
    const citation = data.sources[key];
    if (!citation) throw new Error(`budget seed data refers to unknown source "${key}"`);
    return `${citation}: „${asWritten}“`;
  };

  for (const b of data.budgets) {
    const budget = tx.create(Budget, {
      name: b.name,
      description: b.description,
      trendBaseFromYear: b.trendBase?.fromYear,
      trendBaseToYear: b.trendBase?.toYear,
    });
    budget.regions.set(b.regions.map(region));
  }
  for (const f of data.figures) {
    tx.create(BudgetFigure, {
      region: region(f.region),
      year: f.year,
      month: f.month,
      kind: f.kind,
      amountCents: f.amountCents,
      source: source(f),
    });
  }
  for (const p of data.providerFunding) {
    tx.create(ProviderFunding, {
      region: region(p.region),
      year: p.year,
      providerBudgetShareBasisPoints: p.providerBudgetShareBasisPoints,
      fundedPositionsMin: p.fundedPositionsMin,
      fundedPositionsMax: p.fundedPositionsMax,
      source: source(p),
    });
  }
}
