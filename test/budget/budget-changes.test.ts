import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget, deleteBudget } from '../../server/budget/budget.service';
import { BudgetFigureKind } from '../../server/budget/budget-figure.entity';
import { deleteBudgetFigure, setBudgetFigure } from '../../server/budget/budget-figure.service';
import { deleteCaseStatistics, setCaseStatistics } from '../../server/budget/case-statistics.service';
import { importBudgetFile } from '../../server/budget/import/budget-import.service';
import { deleteProviderFunding, setProviderFunding } from '../../server/budget/provider-funding.service';
import { Region, RegionKind } from '../../server/regions/region.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** The contract live updates will publish from: every write says what changed and whose views went stale. */
describe('budget writes report what they changed', () => {
  let db: TestDatabase;
  let region: Region;

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    region = em.create(Region, { name: 'Region 4', kind: RegionKind.SOCIAL_SPACE });
    await em.flush();
  });
  afterAll(() => db.drop());

  const em = () => db.orm.em.fork();

  it('a figure set twice is CREATED, then UPDATED, then DELETED, always naming its region', async () => {
    const input = { regionId: region.id, year: 2012, kind: BudgetFigureKind.PLAN, amountCents: 100 };
    const created = await setBudgetFigure({ em: em(), input });
    expect(created.changes).toEqual([
      { record: 'BudgetFigure', action: 'CREATED', ids: [created.value.id], regionIds: [region.id] },
    ]);
    const updated = await setBudgetFigure({ em: em(), input: { ...input, amountCents: 200 } });
    expect(updated.changes).toEqual([
      { record: 'BudgetFigure', action: 'UPDATED', ids: [created.value.id], regionIds: [region.id] },
    ]);
    const deleted = await deleteBudgetFigure({ em: em(), id: created.value.id });
    expect(deleted).toEqual({
      value: created.value.id,
      changes: [{ record: 'BudgetFigure', action: 'DELETED', ids: [created.value.id], regionIds: [region.id] }],
    });
  });

  it('case counts, provider funding and budgets do the same', async () => {
    const cases = await setCaseStatistics({ em: em(), input: { regionId: region.id, year: 2012, cases: 4 } });
    expect(cases.changes[0]).toMatchObject({ record: 'CaseStatistics', action: 'CREATED', regionIds: [region.id] });
    expect((await deleteCaseStatistics({ em: em(), id: cases.value.id })).changes[0]).toMatchObject({
      action: 'DELETED',
    });

    const funding = await setProviderFunding({
      em: em(),
      input: { regionId: region.id, year: 2012, providerBudgetShareBasisPoints: 2200 },
    });
    expect(funding.changes[0]).toMatchObject({ record: 'ProviderFunding', action: 'CREATED', regionIds: [region.id] });
    expect((await deleteProviderFunding({ em: em(), id: funding.value.id })).changes[0]).toMatchObject({
      action: 'DELETED',
    });

    const budget = await createBudget({ em: em(), input: { name: 'Pool', regionIds: [region.id] } });
    expect(budget.changes[0]).toMatchObject({ record: 'Budget', action: 'CREATED', regionIds: [region.id] });
    expect((await deleteBudget({ em: em(), id: budget.value.id })).changes[0]).toMatchObject({
      action: 'DELETED',
      regionIds: [region.id],
    });
  });

  it('an import commit reports the created and updated records per kind; a preview changes nothing', async () => {
    const file = (amount: string) =>
      Buffer.from(`Region;Jahr;Monat;Art;Betrag\nRegion 4;2013;1;Ist;${amount}\nRegion 4;2013;2;Ist;1,00\n`);
    expect((await importBudgetFile({ em: em(), data: file('5,00'), mode: 'preview' })).changes).toEqual([]);
    const first = await importBudgetFile({ em: em(), data: file('5,00'), mode: 'commit' });
    expect(first.changes).toEqual([
      {
        record: 'BudgetFigure',
        action: 'CREATED',
        ids: [expect.any(String), expect.any(String)],
        regionIds: [region.id],
      },
    ]);
    const second = await importBudgetFile({ em: em(), data: file('6,00'), mode: 'commit' });
    expect(second.changes).toEqual([
      { record: 'BudgetFigure', action: 'UPDATED', ids: [first.changes[0]!.ids[0]], regionIds: [region.id] },
    ]);
  });
});
