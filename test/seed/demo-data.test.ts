import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meeting } from '../../server/meetings/meeting.entity';
import { Organization } from '../../server/organizations/organization.entity';
import { loadDemoData } from '../../server/seed/load-demo-data';
import { readDemoAccounts, readSeedData } from '../../server/seed/seed-data';
import { Position } from '../../server/tables/position.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('the demo data loader', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('loads the transcribed meeting into an empty database once, and never again', async () => {
    const data = await readSeedData();
    expect(await loadDemoData(db.orm.em.fork(), data, await readDemoAccounts())).toBe(true);
    expect(await loadDemoData(db.orm.em.fork(), data, await readDemoAccounts())).toBe(false);
    const em = db.orm.em.fork();
    expect(await em.count(Meeting)).toBe(1);
    expect(await em.count(Position)).toBe(53);
  });

  it('leaves a database that already holds data untouched', async () => {
    const em = db.orm.em.fork();
    await em.nativeDelete(Meeting, {});
    expect(await loadDemoData(db.orm.em.fork(), await readSeedData(), await readDemoAccounts())).toBe(false);
    expect(await em.fork().count(Meeting)).toBe(0);
    expect(await em.fork().count(Organization)).toBeGreaterThan(0);
  });
});
