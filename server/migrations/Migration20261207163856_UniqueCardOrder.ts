import { Migration } from '@mikro-orm/migrations';

export class Migration20261207163856_UniqueCardOrder extends Migration {
  override async up(): Promise<void> {
    // Concurrent card creation could hand out one order twice; such tables are numbered afresh,
    // keeping the order the board showed (order, then age).
    this.addSql(`update "position" p set "order" = numbered.place
      from (
        select id, row_number() over (partition by table_id order by "order", created_at, id) - 1 as place
          from "position"
         where table_id in (select table_id from "position" group by table_id, "order" having count(*) > 1)
      ) numbered
     where p.id = numbered.id;`);
    this.addSql(`alter table "position" add constraint "position_table_id_order_unique" unique ("table_id", "order");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop constraint "position_table_id_order_unique";`);
  }
}
