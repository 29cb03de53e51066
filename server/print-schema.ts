/** `npm run schema` — writes schema/schema.graphql from the schema the server builds. */
import { writeFile } from 'node:fs/promises';
import { buildPlanwerkSchema, printPlanwerkSchema } from './schema';

const SCHEMA_FILE = new URL('../schema/schema.graphql', import.meta.url);

await writeFile(SCHEMA_FILE, printPlanwerkSchema(await buildPlanwerkSchema()));
console.log('wrote schema/schema.graphql');
