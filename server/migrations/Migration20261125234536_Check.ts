import { Migration } from '@mikro-orm/migrations';

export class Migration20261125234536_Check extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "position" drop constraint position_rank_range;`);

    this.addSql(`alter table "position" add constraint position_rank_range check(rank between 1 and 5);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop constraint position_rank_range;`);

    this.addSql(`alter table "position" add constraint position_rank_range check((rank >= 1) AND (rank <= 5));`);
  }

}
