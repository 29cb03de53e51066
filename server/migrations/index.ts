import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125234028_Live } from './Migration20261125234028_Live';
import { Migration20261125232228_Initial } from './Migration20261125232228_Initial';

/** Every migration in order; listed by hand because tsx and bundlers cannot glob for classes. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125232228_Initial', class: Migration20261125232228_Initial },
  { name: 'Migration20261125234028_Live', class: Migration20261125234028_Live },
];
