import { randomUUID } from 'node:crypto';
import { Migration } from '@mikro-orm/migrations';
import { BUILT_IN_TEMPLATES } from '../meetings/built-in-templates';

export class Migration20261207130309_MeetingLifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "meeting_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "description" text null, "structure" jsonb not null, "order" int not null default 0, constraint "meeting_template_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "attendee" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "person_id" uuid null, "guest_id" uuid null, "name" text not null, "organization_name" text null, "source" text check ("source" in ('JOINED', 'OPENED', 'ADDED')) not null, "present" boolean not null default true, constraint "attendee_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendee_meeting_id_index" on "attendee" ("meeting_id");`);
    this.addSql(
      `alter table "attendee" add constraint "attendee_meeting_id_guest_id_unique" unique ("meeting_id", "guest_id");`,
    );
    this.addSql(
      `alter table "attendee" add constraint "attendee_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`,
    );

    this.addSql(
      `alter table "attendee" add constraint "attendee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attendee" add constraint "attendee_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "attendee" add constraint "attendee_guest_id_foreign" foreign key ("guest_id") references "guest" ("id") on update cascade on delete set null;`,
    );

    // Meetings so far ran through every working phase.
    this.addSql(
      `alter table "meeting" add column "phases" text[] not null default '{PREPARE,COLLECT,GROUP,VOTE,PRIORITISE,NEXT_STEPS}', add column "reviews_open_steps" boolean not null default false;`,
    );
    this.addSql(`alter table "meeting" alter column "phases" drop default;`);

    this.addSql(`alter table "contribution" add column "planned_minutes" smallint null;`);
    this.addSql(`alter table "contribution" alter column "speaker_name" type text using ("speaker_name"::text);`);
    this.addSql(`alter table "contribution" alter column "speaker_name" drop not null;`);

    // The templates every installation starts with; from here on they are data admins change.
    const now = new Date();
    this.addSql(
      this.getKnex()
        .insert(
          BUILT_IN_TEMPLATES.map((template, order) => ({
            id: randomUUID(),
            created_at: now,
            updated_at: now,
            name: template.name,
            description: template.description,
            structure: JSON.stringify(template.structure),
            order,
          })),
        )
        .into('meeting_template'),
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_template" cascade;`);

    this.addSql(`drop table if exists "attendee" cascade;`);

    this.addSql(`alter table "contribution" drop column "planned_minutes";`);

    this.addSql(`alter table "contribution" alter column "speaker_name" type text using ("speaker_name"::text);`);
    this.addSql(`alter table "contribution" alter column "speaker_name" set not null;`);

    this.addSql(`alter table "meeting" drop column "phases", drop column "reviews_open_steps";`);
  }
}
