import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grant } from '../../server/auth/account.entity';
import { Roles } from '../../server/auth/roles';
import { ANONYMOUS, type Viewer } from '../../server/auth/viewer';
import { createBudget, deleteBudget } from '../../server/budget/budget.service';
import type { BudgetContext } from '../../server/budget/budget-access';
import { BudgetFigure, BudgetFigureKind } from '../../server/budget/budget-figure.entity';
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

  const contextOf = (viewer: Viewer): BudgetContext => {
    const em = db.orm.em.fork();
    return { em, roles: new Roles(em, viewer, '2012-10-19') };
  };
  /** A budget editor's request; the write rule asks nothing but the viewer's grants. */
  const editor = () =>
    contextOf({
      kind: 'user',
      sessionId: randomUUID(),
      accountId: randomUUID(),
      personId: randomUUID(),
      name: 'Haushalt',
      isAdmin: false,
      grants: [Grant.BUDGET_EDITOR],
      expiresAt: new Date(Date.now() + 60_000),
    });

  it('refuses to write for a viewer without the right, and changes nothing', async () => {
    const input = { regionId: region.id, year: 2012, kind: BudgetFigureKind.PLAN, amountCents: 100 };
    await expect(setBudgetFigure({ ctx: contextOf(ANONYMOUS), input })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const file = Buffer.from(`Region;Jahr;Art;Betrag\nRegion 4;2012;Plan;1,00\n`);
    await expect(importBudgetFile({ ctx: contextOf(ANONYMOUS), data: file, mode: 'preview' })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await db.orm.em.fork().count(BudgetFigure)).toBe(0);
  });

  it('a figure set twice is CREATED, then UPDATED, then DELETED, always naming its region', async () => {
    const input = { regionId: region.id, year: 2012, kind: BudgetFigureKind.PLAN, amountCents: 100 };
    const created = await setBudgetFigure({ ctx: editor(), input });
    expect(created.changes).toEqual([
      { record: 'BudgetFigure', action: 'CREATED', ids: [created.value.id], regionIds: [region.id] },
    ]);
    const updated = await setBudgetFigure({ ctx: editor(), input: { ...input, amountCents: 200 } });
    expect(updated.changes).toEqual([
      { record: 'BudgetFigure', action: 'UPDATED', ids: [created.value.id], regionIds: [region.id] },
    ]);
    const deleted = await deleteBudgetFigure({ ctx: editor(), id: created.value.id });
    expect(deleted).toEqual({
      value: created.value.id,
      changes: [{ record: 'BudgetFigure', action: 'DELETED', ids: [created.value.id], regionIds: [region.id] }],
    });
  });

  it('case counts, provider funding and budgets do the same', async () => {
    const cases = await setCaseStatistics({ ctx: editor(), input: { regionId: region.id, year: 2012, cases: 4 } });
    expect(cases.changes[0]).toMatchObject({ record: 'CaseStatistics', action: 'CREATED', regionIds: [region.id] });
    expect((await deleteCaseStatistics({ ctx: editor(), id: cases.value.id })).changes[0]).toMatchObject({
      action: 'DELETED',
    });

    const funding = await setProviderFunding({
      ctx: editor(),
      input: { regionId: region.id, year: 2012, providerBudgetShareBasisPoints: 2200 },
    });
    expect(funding.changes[0]).toMatchObject({ record: 'ProviderFunding', action: 'CREATED', regionIds: [region.id] });
    expect((await deleteProviderFunding({ ctx: editor(), id: funding.value.id })).changes[0]).toMatchObject({
      action: 'DELETED',
    });

    const budget = await createBudget({ ctx: editor(), input: { name: 'Pool', regionIds: [region.id] } });
    expect(budget.changes[0]).toMatchObject({ record: 'Budget', action: 'CREATED', regionIds: [region.id] });
    expect((await deleteBudget({ ctx: editor(), id: budget.value.id })).changes[0]).toMatchObject({
      action: 'DELETED',
      regionIds: [region.id],
    });
  });

  it('an import commit reports the created and updated records per kind; a preview changes nothing', async () => {
    const file = (amount: string) =>
      Buffer.from(`Region;Jahr;Monat;Art;Betrag\nRegion 4;2013;1;Ist;${amount}\nRegion 4;2013;2;Ist;1,00\n`);
    expect((await importBudgetFile({ ctx: editor(), data: file('5,00'), mode: 'preview' })).changes).toEqual([]);
    const first = await importBudgetFile({ ctx: editor(), data: file('5,00'), mode: 'commit' });
    expect(first.changes).toEqual([
      {
        record: 'BudgetFigure',
        action: 'CREATED',
        ids: [expect.any(String), expect.any(String)],
        regionIds: [region.id],
      },
    ]);
    const second = await importBudgetFile({ ctx: editor(), data: file('6,00'), mode: 'commit' });
    expect(second.changes).toEqual([
      { record: 'BudgetFigure', action: 'UPDATED', ids: [first.changes[0]!.ids[0]], regionIds: [region.id] },
    ]);
  });
});
