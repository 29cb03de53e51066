import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BudgetFigureKind } from '../budget/budget-figure.entity';
import { RegionKind } from '../regions/region.entity';

/** Every figure names its source by key and quotes the source as written. */
const sourced = z.object({ source: z.string(), asWritten: z.string() });

const budgetSeedSchema = z.object({
  about: z.string(),
  sources: z.record(z.string(), z.string()),
  regions: z.array(z.object({ key: z.string(), name: z.string(), kind: z.nativeEnum(RegionKind) })),
  budgets: z.array(
    z.object({
      name: z.string(),
      description: z.string().optional(),
      regions: z.array(z.string()).min(1),
      trendBase: z.object({ fromYear: z.number().int(), toYear: z.number().int() }).optional(),
    }),
  ),
  figures: z.array(
    sourced.extend({
      region: z.string(),
      year: z.number().int(),
      month: z.number().int().min(1).max(12).optional(),
      kind: z.nativeEnum(BudgetFigureKind),
      amountCents: z.number().int().nonnegative(),
    }),
  ),
  providerFunding: z.array(
    sourced.extend({
      region: z.string(),
      year: z.number().int(),
      providerBudgetShareBasisPoints: z.number().int().min(0).max(10_000),
      fundedPositionsMin: z.number().int().nonnegative(),
      fundedPositionsMax: z.number().int().nonnegative(),
    }),
  ),
});

export type BudgetSeedData = z.infer<typeof budgetSeedSchema>;

export const grazBudgetFile = new URL('./graz-budget.json', import.meta.url);

export async function readBudgetSeedData(file: URL = grazBudgetFile): Promise<BudgetSeedData> {
  return budgetSeedSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}
