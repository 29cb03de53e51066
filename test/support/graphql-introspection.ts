import { runPackageBin } from './package-bin';

/**
 * Global setup of the client and e2e test projects: the client's typed GraphQL introspection
 * (client/api/introspection.ts) is generated from schema/schema.graphql, not committed.
 */
export default async function setup() {
  await runPackageBin('gql.tada', 'bin/cli.js', ['generate', 'output']);
}
