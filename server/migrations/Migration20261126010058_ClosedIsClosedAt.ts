import { Migration } from '@mikro-orm/migrations';

/**
 * The CLOSED phase of a workshop is its meeting's closed_at from now on (see workshop-rules.ts
 * phaseOf): a workshop stored as CLOSED closes its meeting and keeps NEXT_STEPS as its working phase.
 */
export class Migration20261126010058_ClosedIsClosedAt extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "meeting" set "closed_at" = now(), "join_open" = false from "workshop" where "workshop"."meeting_id" = "meeting"."id" and "workshop"."phase" = 'CLOSED' and "meeting"."closed_at" is null;`,
    );
    this.addSql(`update "workshop" set "phase" = 'NEXT_STEPS' where "phase" = 'CLOSED';`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `update "workshop" set "phase" = 'CLOSED' from "meeting" where "meeting"."id" = "workshop"."meeting_id" and "meeting"."closed_at" is not null;`,
    );
  }
}
