import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grant } from '../../server/auth/account.entity';
import { type SessionClient, signInAs } from '../support/auth';
import { buildCommittee } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id name kind parent { name } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateRegionInput!) { updateRegion(id: $id, input: $input) { id name kind parent { name } } }`;
const DELETE = `mutation ($id: ID!) { deleteRegion(id: $id) }`;
const REGIONS = `{ regions { name kind parent { name } } }`;

describe('regions, kept by budget editors', () => {
  let server: TestServer;
  let editor: SessionClient;
  let member: SessionClient;
  let district: { id: string };

  const regions = async () => (await editor.gql(REGIONS)).data!.regions;
  const create = async (input: Record<string, unknown>) => (await editor.gql(CREATE, { input })).data!.createRegion;

  beforeAll(async () => {
    server = await startTestServer();
    editor = await signInAs(server, 'user', { name: 'Haushalt', grants: [Grant.BUDGET_EDITOR] });
    member = await signInAs(server, 'user', { name: 'Mitglied' });
    district = await create({ name: 'Steglitz-Zehlendorf', kind: 'DISTRICT' });
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses a blank name, an unknown kind and an unknown parent', async () => {
      const before = await regions();
      const blank = await editor.gql(CREATE, { input: { name: '  ', kind: 'SOCIAL_SPACE' } });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0]!.extensions!.field).toBe('name');
      expect(errorCode(await editor.gql(CREATE, { input: { name: 'Region 5', kind: 'PLANET' } }))).toBe(
        'BAD_USER_INPUT',
      );
      const orphan = await editor.gql(CREATE, {
        input: { name: 'Region 5', kind: 'SOCIAL_SPACE', parentId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(errorCode(orphan)).toBe('NOT_FOUND');
      const malformed = await editor.gql(UPDATE, { id: district.id, input: { parentId: 'Bezirk' } });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0]!.extensions!.field).toBe('parentId');
      expect(await regions()).toEqual(before);
    });

    it('refuses to place a region within itself', async () => {
      const inner = await create({ name: 'Region Süd', kind: 'SOCIAL_SPACE', parentId: district.id });
      const response = await editor.gql(UPDATE, { id: district.id, input: { parentId: inner.id } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('parentId');
      expect((await regions()).find((r: any) => r.name === 'Steglitz-Zehlendorf').parent).toBeNull();
      await editor.gql(DELETE, { id: inner.id });
    });

    it('refuses people without the budget-editor grant (FORBIDDEN) and anonymous callers', async () => {
      const before = await regions();
      expect(errorCode(await member.gql(CREATE, { input: { name: 'Region 9', kind: 'SOCIAL_SPACE' } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await member.gql(UPDATE, { id: district.id, input: { name: 'Umbenannt' } }))).toBe('FORBIDDEN');
      expect(errorCode(await member.gql(DELETE, { id: district.id }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(DELETE, { id: district.id }))).toBe('UNAUTHENTICATED');
      expect(await regions()).toEqual(before);
    });

    it('refuses to delete a region that budget data keeps (CONFLICT), and says so beforehand', async () => {
      const region = await create({ name: 'Region Nord', kind: 'SOCIAL_SPACE' });
      const figure = await editor.gql(
        `mutation ($regionId: ID!) { setBudgetFigure(input: { regionId: $regionId, year: 2027, kind: PLAN, amountCents: 100 }) { id } }`,
        { regionId: region.id },
      );
      const inUse = async () =>
        (await editor.gql(`{ regions { id inUse } }`)).data!.regions.find((r: any) => r.id === region.id).inUse;
      expect(await inUse()).toBe(true);
      expect(errorCode(await editor.gql(DELETE, { id: region.id }))).toBe('CONFLICT');
      expect((await regions()).map((r: any) => r.name)).toContain('Region Nord');

      await editor.gql(`mutation ($id: ID!) { deleteBudgetFigure(id: $id) }`, { id: figure.data!.setBudgetFigure.id });
      expect(await inUse()).toBe(false);
      expect((await editor.gql(DELETE, { id: region.id })).data!.deleteRegion).toBe(region.id);
    });

    it('tells whether a region is in use only to those who read budget data', async () => {
      expect(errorCode(await member.gql(`{ regions { id inUse } }`))).toBe('FORBIDDEN');
    });

    it('refuses an unknown region with NOT_FOUND', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await editor.gql(UPDATE, { id: unknown, input: { name: 'X' } }))).toBe('NOT_FOUND');
      expect(errorCode(await editor.gql(DELETE, { id: unknown }))).toBe('NOT_FOUND');
    });
  });

  it('creates a social space within its district, renames and moves it, and deletes it', async () => {
    const created = await create({ name: 'Region 1', kind: 'SOCIAL_SPACE', parentId: district.id });
    expect(created).toMatchObject({ name: 'Region 1', kind: 'SOCIAL_SPACE', parent: { name: 'Steglitz-Zehlendorf' } });
    const moved = await editor.gql(UPDATE, { id: created.id, input: { name: 'Region 1 (Süd)', parentId: null } });
    expect(moved.data!.updateRegion).toMatchObject({ name: 'Region 1 (Süd)', kind: 'SOCIAL_SPACE', parent: null });

    // A committee of the region keeps existing without it.
    const admin = await signInAs(server, 'admin');
    const committee = await buildCommittee(admin, { name: 'AG Region 1', regionId: created.id });
    expect((await editor.gql(DELETE, { id: created.id })).data!.deleteRegion).toBe(created.id);
    const { data } = await admin.gql(`query ($id: ID!) { committee(id: $id) { name region { id } } }`, {
      id: committee.id,
    });
    expect(data!.committee).toEqual({ name: 'AG Region 1', region: null });
    expect((await regions()).map((r: any) => r.name)).not.toContain('Region 1 (Süd)');
  });
});
