import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildPlanwerkSchema, printPlanwerkSchema } from '../../server/schema';

describe('schema/schema.graphql', () => {
  it('is exactly the schema the server builds (regenerate it with `npm run schema`)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    const built = printPlanwerkSchema(await buildPlanwerkSchema());
    expect(committed === built, 'schema/schema.graphql is stale: run `npm run schema` and commit the result').toBe(
      true,
    );
  });
});
