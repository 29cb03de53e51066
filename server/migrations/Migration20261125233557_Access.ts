import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233557_Access extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "request_id" uuid null, "actor_account_id" uuid null, "actor_guest_id" uuid null, "actor_name" text not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "entity_name" text not null, "entity_id" text not null, "meeting_id" uuid null, "changes" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_meeting_id_index" on "audit_entry" ("meeting_id");`);
    this.addSql(
      `create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`,
    );

    this.addSql(
      `create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" uuid not null, "email" text not null, "password_hash" text null, "is_admin" boolean not null default false, "grants" text[] not null, "disabled_at" timestamptz null, constraint "account_pkey" primary key ("id"), constraint account_email_lower_case check (email = lower(email)));`,
    );
    this.addSql(`alter table "account" add constraint "account_person_id_unique" unique ("person_id");`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(
      `create table "account_invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "invited_by_id" uuid null, constraint "account_invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "account_invitation_account_id_index" on "account_invitation" ("account_id");`);
    this.addSql(
      `alter table "account_invitation" add constraint "account_invitation_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "meeting_role" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('FACILITATOR', 'PARTICIPANT')) not null, constraint "meeting_role_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_role_person_id_index" on "meeting_role" ("person_id");`);
    this.addSql(
      `alter table "meeting_role" add constraint "meeting_role_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`,
    );

    this.addSql(
      `create table "guest" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "display_name" text not null, "organization_name" text null, constraint "guest_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "guest_meeting_id_index" on "guest" ("meeting_id");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" text not null, "kind" text check ("kind" in ('USER', 'GUEST')) not null, "account_id" uuid null, "guest_id" uuid null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_seen_at" timestamptz null, constraint "session_pkey" primary key ("id"), constraint session_one_holder check ((kind = 'USER' and account_id is not null and guest_id is null) or (kind = 'GUEST' and guest_id is not null and account_id is null)));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_guest_id_index" on "session" ("guest_id");`);

    this.addSql(
      `alter table "account" add constraint "account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "account_invitation" add constraint "account_invitation_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "account_invitation" add constraint "account_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "meeting_role" add constraint "meeting_role_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_role" add constraint "meeting_role_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "guest" add constraint "guest_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_guest_id_foreign" foreign key ("guest_id") references "guest" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "meeting" add column "join_code" text null, add column "join_open" boolean not null default false, add column "closed_at" timestamptz null, add column "published_at" timestamptz null;`,
    );
    this.addSql(`alter table "meeting" add constraint "meeting_join_code_unique" unique ("join_code");`);

    this.addSql(`alter table "position" drop constraint position_rank_range;`);

    this.addSql(`alter table "position" add column "author_guest_id" uuid null;`);
    this.addSql(
      `alter table "position" add constraint "position_author_guest_id_foreign" foreign key ("author_guest_id") references "guest" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "position" add constraint position_rank_range check(rank between 1 and 5);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account_invitation" drop constraint "account_invitation_account_id_foreign";`);

    this.addSql(`alter table "account_invitation" drop constraint "account_invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_guest_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_author_guest_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "account_invitation" cascade;`);

    this.addSql(`drop table if exists "meeting_role" cascade;`);

    this.addSql(`drop table if exists "guest" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`alter table "meeting" drop constraint "meeting_join_code_unique";`);
    this.addSql(
      `alter table "meeting" drop column "join_code", drop column "join_open", drop column "closed_at", drop column "published_at";`,
    );

    this.addSql(`alter table "position" drop constraint position_rank_range;`);
    this.addSql(`alter table "position" drop column "author_guest_id";`);

    this.addSql(`alter table "position" add constraint position_rank_range check((rank >= 1) AND (rank <= 5));`);
  }
}
