import { Migration } from '@mikro-orm/migrations';

export class Migration20261125232228_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "short_name" text null, "kind" text check ("kind" in ('YOUTH_OFFICE', 'PROVIDER', 'SCHOOL_AUTHORITY', 'HEALTH_AUTHORITY', 'SENATE_ADMINISTRATION', 'WELFARE_ASSOCIATION', 'UNIVERSITY', 'OTHER')) not null, constraint "organization_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "title" text null, "role_text" text null, "organization_id" uuid null, constraint "person_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "region" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "kind" text check ("kind" in ('CITY', 'DISTRICT', 'SOCIAL_SPACE', 'OTHER')) not null, "parent_id" uuid null, constraint "region_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "committee" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "short_name" text null, "kind" text check ("kind" in ('STEERING', 'WORKING_GROUP', 'OTHER')) not null, "description" text null, "region_id" uuid null, "parent_id" uuid null, constraint "committee_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "committee_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('SPEAKER', 'MEMBER', 'GUEST', 'COORDINATOR')) not null, "since" date null, "until" date null, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_committee_id_person_id_unique" unique ("committee_id", "person_id");`,
    );

    this.addSql(
      `create table "meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" text not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "all_day" boolean not null default false, "place" text null, "host_committee_id" uuid null, "protocol_author_id" uuid null, "protocol_footnote" text null, constraint "meeting_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "contribution" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "speaker_id" uuid null, "speaker_name" text not null, "affiliation" text null, "title" text not null, "summary" text null, "order" int not null default 0, constraint "contribution_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contribution_meeting_id_index" on "contribution" ("meeting_id");`);

    this.addSql(
      `create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "committee_id" uuid null, "organization_id" uuid null, "person_id" uuid null, "guest" boolean not null default false, "note" text null, "order" int not null default 0, constraint "invitation_pkey" primary key ("id"), constraint invitation_one_invitee check (num_nonnulls(committee_id, organization_id, person_id) = 1));`,
    );
    this.addSql(`create index "invitation_meeting_id_index" on "invitation" ("meeting_id");`);

    this.addSql(
      `create table "task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid null, "owner_committee_id" uuid null, "owner_organization_id" uuid null, "owner_person_id" uuid null, "owner_label" text null, "items" text[] not null, "due_label" text null, "due_date" date null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')) not null default 'OPEN', "order" int not null default 0, constraint "task_pkey" primary key ("id"), constraint task_one_owner check (num_nonnulls(owner_committee_id, owner_organization_id, owner_person_id) = 1));`,
    );
    this.addSql(`create index "task_meeting_id_index" on "task" ("meeting_id");`);
    this.addSql(`create index "task_owner_committee_id_index" on "task" ("owner_committee_id");`);
    this.addSql(`create index "task_owner_organization_id_index" on "task" ("owner_organization_id");`);
    this.addSql(`create index "task_owner_person_id_index" on "task" ("owner_person_id");`);

    this.addSql(
      `create table "working_table" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "kind" text check ("kind" in ('OPPORTUNITIES', 'CRITICISM', 'REALISATION', 'CUSTOM')) not null, "title" text not null, "order" int not null default 0, constraint "working_table_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "working_table_meeting_id_index" on "working_table" ("meeting_id");`);

    this.addSql(
      `create table "position" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "table_id" uuid not null, "text" text not null, "author_id" uuid null, "author_name" text null, "version" int not null default 1, "rank" smallint null, "order" int not null default 0, constraint "position_pkey" primary key ("id"), constraint position_rank_range check (rank between 1 and 5));`,
    );
    this.addSql(`create index "position_table_id_index" on "position" ("table_id");`);
    this.addSql(
      `alter table "position" add constraint "position_table_id_rank_unique" unique ("table_id", "rank") deferrable initially deferred;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "committee" add constraint "committee_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "committee" add constraint "committee_parent_id_foreign" foreign key ("parent_id") references "committee" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "meeting" add constraint "meeting_host_committee_id_foreign" foreign key ("host_committee_id") references "committee" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_protocol_author_id_foreign" foreign key ("protocol_author_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "contribution" add constraint "contribution_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contribution" add constraint "contribution_speaker_id_foreign" foreign key ("speaker_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "task" add constraint "task_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_owner_committee_id_foreign" foreign key ("owner_committee_id") references "committee" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_owner_organization_id_foreign" foreign key ("owner_organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_owner_person_id_foreign" foreign key ("owner_person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "working_table" add constraint "working_table_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "position" add constraint "position_table_id_foreign" foreign key ("table_id") references "working_table" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop constraint "person_organization_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_organization_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_owner_organization_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_person_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_protocol_author_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_speaker_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_person_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_owner_person_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_author_id_foreign";`);

    this.addSql(`alter table "region" drop constraint "region_parent_id_foreign";`);

    this.addSql(`alter table "committee" drop constraint "committee_region_id_foreign";`);

    this.addSql(`alter table "committee" drop constraint "committee_parent_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_committee_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_host_committee_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_committee_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_owner_committee_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_meeting_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_meeting_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_meeting_id_foreign";`);

    this.addSql(`alter table "working_table" drop constraint "working_table_meeting_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_table_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "committee" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "contribution" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "working_table" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);
  }
}
