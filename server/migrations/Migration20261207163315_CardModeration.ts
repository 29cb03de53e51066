import { Migration } from '@mikro-orm/migrations';

export class Migration20261207163315_CardModeration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "deleted_position" ("id" uuid not null, "table_id" uuid not null, "text" text not null, "author_id" uuid null, "author_guest_id" uuid null, "author_name" text null, "order" int not null, "hidden" boolean not null, "doc" bytea null, "text_version" int not null, "created_at" timestamptz not null, "deleted_at" timestamptz not null, constraint "deleted_position_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deleted_position_deleted_at_index" on "deleted_position" ("deleted_at");`);

    this.addSql(
      `alter table "deleted_position" add constraint "deleted_position_table_id_foreign" foreign key ("table_id") references "working_table" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deleted_position" add constraint "deleted_position_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deleted_position" add constraint "deleted_position_author_guest_id_foreign" foreign key ("author_guest_id") references "guest" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "position" add column "hidden" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deleted_position" cascade;`);

    this.addSql(`alter table "position" drop column "hidden";`);
  }
}
