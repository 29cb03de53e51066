import { Migration } from '@mikro-orm/migrations';

export class Migration20261125234028_Live extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "meeting_event" ("meeting_id" uuid not null, "seq" int not null, "type" text not null, "payload" jsonb not null, "created_at" timestamptz not null, constraint "meeting_event_pkey" primary key ("meeting_id", "seq"));`,
    );

    this.addSql(
      `create table "participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "key" text not null, "display_name" text not null, "table_id" uuid null, constraint "participant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "participant_meeting_id_index" on "participant" ("meeting_id");`);
    this.addSql(
      `alter table "participant" add constraint "participant_meeting_id_key_unique" unique ("meeting_id", "key");`,
    );

    this.addSql(
      `create table "vote" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "position_id" uuid not null, "participant_id" uuid not null, "dots" smallint not null, constraint "vote_pkey" primary key ("id"), constraint vote_dots_positive check (dots > 0));`,
    );
    this.addSql(`create index "vote_position_id_index" on "vote" ("position_id");`);
    this.addSql(`create index "vote_participant_id_index" on "vote" ("participant_id");`);
    this.addSql(
      `alter table "vote" add constraint "vote_position_id_participant_id_unique" unique ("position_id", "participant_id");`,
    );

    this.addSql(
      `create table "presence_connection" ("id" uuid not null, "participant_id" uuid not null, "instance_id" text not null, "seen_at" timestamptz not null, constraint "presence_connection_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "presence_connection_participant_id_index" on "presence_connection" ("participant_id");`);
    this.addSql(`create index "presence_connection_instance_id_index" on "presence_connection" ("instance_id");`);

    this.addSql(
      `create table "workshop" ("meeting_id" uuid not null, "phase" text check ("phase" in ('PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS', 'CLOSED')) not null default 'PREPARE', "timer_status" text check ("timer_status" in ('STOPPED', 'RUNNING', 'PAUSED')) not null default 'STOPPED', "timer_seconds" int null, "timer_ends_at" timestamptz null, "timer_remaining_ms" int null, "spotlight_id" uuid null, "votes_hidden" boolean not null default true, "votes_revealed" boolean not null default false, constraint "workshop_pkey" primary key ("meeting_id"));`,
    );

    this.addSql(
      `alter table "meeting_event" add constraint "meeting_event_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "participant" add constraint "participant_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "participant" add constraint "participant_table_id_foreign" foreign key ("table_id") references "working_table" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "vote" add constraint "vote_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vote" add constraint "vote_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "presence_connection" add constraint "presence_connection_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "workshop" add constraint "workshop_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "workshop" add constraint "workshop_spotlight_id_foreign" foreign key ("spotlight_id") references "position" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "meeting" add column "event_seq" int not null default 0;`);

    this.addSql(
      `alter table "working_table" add column "locked" boolean not null default false, add column "vote_budget" smallint not null default 5;`,
    );

    this.addSql(
      `alter table "position" add column "group_id" uuid null, add column "doc" bytea null, add column "text_version" int not null default 0;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_group_id_foreign" foreign key ("group_id") references "position" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "position_group_id_index" on "position" ("group_id");`);

    this.addSql(`alter table "task" add column "source_position_id" uuid null;`);
    this.addSql(
      `alter table "task" add constraint "task_source_position_id_foreign" foreign key ("source_position_id") references "position" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "vote" drop constraint "vote_participant_id_foreign";`);

    this.addSql(`alter table "presence_connection" drop constraint "presence_connection_participant_id_foreign";`);

    this.addSql(`drop table if exists "meeting_event" cascade;`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);

    this.addSql(`drop table if exists "presence_connection" cascade;`);

    this.addSql(`drop table if exists "workshop" cascade;`);

    this.addSql(`alter table "position" drop constraint "position_group_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_source_position_id_foreign";`);

    this.addSql(`alter table "meeting" drop column "event_seq";`);

    this.addSql(`drop index "position_group_id_index";`);
    this.addSql(`alter table "position" drop column "group_id", drop column "doc", drop column "text_version";`);

    this.addSql(`alter table "task" drop column "source_position_id";`);

    this.addSql(`alter table "working_table" drop column "locked", drop column "vote_budget";`);
  }
}
