import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233821_AfterTheMeeting extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "protocol_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "number" int not null, "markdown" text not null, "document" jsonb not null, constraint "protocol_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "protocol_version" add constraint "protocol_version_meeting_id_number_unique" unique ("meeting_id", "number");`,
    );

    this.addSql(
      `create table "protocol_section" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "title" text not null, "body" text not null, "order" int not null default 0, constraint "protocol_section_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "protocol_section_meeting_id_index" on "protocol_section" ("meeting_id");`);

    this.addSql(
      `create table "calendar_feed" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "committee_id" uuid null, "organization_id" uuid null, "person_id" uuid null, "label" text null, "token_hash" text not null, constraint "calendar_feed_pkey" primary key ("id"), constraint calendar_feed_one_owner check (num_nonnulls(committee_id, organization_id, person_id) = 1));`,
    );
    this.addSql(`create index "calendar_feed_committee_id_index" on "calendar_feed" ("committee_id");`);
    this.addSql(`create index "calendar_feed_organization_id_index" on "calendar_feed" ("organization_id");`);
    this.addSql(`create index "calendar_feed_person_id_index" on "calendar_feed" ("person_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "person_id" uuid not null, "threshold" text check ("threshold" in ('DUE_SOON', 'OVERDUE')) not null, "due_date" date not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_person_id_index" on "notification" ("person_id");`);
    this.addSql(
      `alter table "notification" add constraint "notification_task_id_person_id_threshold_unique" unique ("task_id", "person_id", "threshold");`,
    );

    this.addSql(
      `create table "task_progress" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "text" text not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')) null, "author_id" uuid null, constraint "task_progress_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_progress_task_id_index" on "task_progress" ("task_id");`);

    this.addSql(
      `alter table "protocol_version" add constraint "protocol_version_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "protocol_section" add constraint "protocol_section_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "task_progress" add constraint "task_progress_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_progress" add constraint "task_progress_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "protocol_version" cascade;`);

    this.addSql(`drop table if exists "protocol_section" cascade;`);

    this.addSql(`drop table if exists "calendar_feed" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "task_progress" cascade;`);
  }
}
