import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125232228_Initial } from './Migration20261125232228_Initial';
import { Migration20261125233324_Budget } from './Migration20261125233324_Budget';
import { Migration20261125233557_Access } from './Migration20261125233557_Access';
import { Migration20261125233821_AfterTheMeeting } from './Migration20261125233821_AfterTheMeeting';
import { Migration20261125234028_Live } from './Migration20261125234028_Live';
import { Migration20261126010058_ClosedIsClosedAt } from './Migration20261126010058_ClosedIsClosedAt';
import { Migration20261207130309_MeetingLifecycle } from './Migration20261207130309_MeetingLifecycle';
import { Migration20261207163315_CardModeration } from './Migration20261207163315_CardModeration';
import { Migration20261207163856_UniqueCardOrder } from './Migration20261207163856_UniqueCardOrder';

/** Every migration in order; listed by hand because tsx and bundlers cannot glob for classes. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125232228_Initial', class: Migration20261125232228_Initial },
  { name: 'Migration20261125233324_Budget', class: Migration20261125233324_Budget },
  { name: 'Migration20261125233557_Access', class: Migration20261125233557_Access },
  { name: 'Migration20261125233821_AfterTheMeeting', class: Migration20261125233821_AfterTheMeeting },
  { name: 'Migration20261125234028_Live', class: Migration20261125234028_Live },
  { name: 'Migration20261126010058_ClosedIsClosedAt', class: Migration20261126010058_ClosedIsClosedAt },
  { name: 'Migration20261207130309_MeetingLifecycle', class: Migration20261207130309_MeetingLifecycle },
  { name: 'Migration20261207163315_CardModeration', class: Migration20261207163315_CardModeration },
  { name: 'Migration20261207163856_UniqueCardOrder', class: Migration20261207163856_UniqueCardOrder },
];
