import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233324_Budget extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "budget" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "description" text null, "trend_base_from_year" smallint null, "trend_base_to_year" smallint null, constraint "budget_pkey" primary key ("id"), constraint budget_trend_base_order check (trend_base_to_year >= trend_base_from_year));`,
    );

    this.addSql(
      `create table "provider_funding" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "region_id" uuid not null, "year" smallint not null, "provider_budget_share_basis_points" int null, "funded_positions_min" int null, "funded_positions_max" int null, "source" text null, constraint "provider_funding_pkey" primary key ("id"), constraint provider_funding_positions_range check (funded_positions_min >= 0 and funded_positions_max >= funded_positions_min), constraint provider_funding_share_range check ((provider_budget_share_basis_points >= 0) AND (provider_budget_share_basis_points <= 10000)));`,
    );
    this.addSql(
      `alter table "provider_funding" add constraint "provider_funding_region_id_year_unique" unique ("region_id", "year");`,
    );

    this.addSql(
      `create table "budget_regions" ("budget_id" uuid not null, "region_id" uuid not null, constraint "budget_regions_pkey" primary key ("budget_id", "region_id"));`,
    );

    this.addSql(
      `create table "service_area" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" text not null, "name" text not null, "built_in" boolean not null default false, "order" int not null default 0, constraint "service_area_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "service_area" add constraint "service_area_code_unique" unique ("code");`);
    // The standard service areas are reference data every database needs (key figures look them up by code).
    this.addSql(`insert into "service_area" ("id", "created_at", "updated_at", "code", "name", "built_in", "order") values
      (gen_random_uuid(), now(), now(), 'HZE_AMBULANT', 'HzE ambulant', true, 0),
      (gen_random_uuid(), now(), now(), 'HZE_STATIONAER', 'HzE stationär', true, 1),
      (gen_random_uuid(), now(), now(), 'NON_CASE_SPECIFIC', 'Fallunspezifische Arbeit', true, 2),
      (gen_random_uuid(), now(), now(), 'SOCIAL_SPACE_WORK', 'Sozialräumliches Arbeiten', true, 3),
      (gen_random_uuid(), now(), now(), 'CENTRAL_SERVICES', 'Zentrale Leistungen', true, 4),
      (gen_random_uuid(), now(), now(), 'YOUTH_WORK', 'Jugendförderung', true, 5),
      (gen_random_uuid(), now(), now(), 'SCHOOL_SOCIAL_WORK', 'Schulsozialarbeit', true, 6),
      (gen_random_uuid(), now(), now(), 'OTHER', 'Sonstiges', true, 7);`);

    this.addSql(
      `create table "case_statistics" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "region_id" uuid not null, "area_id" uuid null, "year" smallint not null, "month" smallint null, "cases" int not null, "closed_cases" int null, "minors_served" int null, "average_duration_days" numeric(8,1) null, "median_cost_cents" bigint null, "source" text null, constraint "case_statistics_pkey" primary key ("id"), constraint case_statistics_not_negative check (cases >= 0 and coalesce(closed_cases, 0) >= 0 and coalesce(minors_served, 0) >= 0 and coalesce(average_duration_days, 0) >= 0 and coalesce(median_cost_cents, 0) >= 0), constraint case_statistics_month_range check ((month >= 1) AND (month <= 12)));`,
    );
    this.addSql(`create index "case_statistics_region_id_index" on "case_statistics" ("region_id");`);
    this.addSql(`create index "case_statistics_area_id_index" on "case_statistics" ("area_id");`);
    this.addSql(
      `create unique index "case_statistics_key" on "case_statistics" ("region_id", "area_id", "year", "month") nulls not distinct;`,
    );

    this.addSql(
      `create table "budget_figure" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "region_id" uuid not null, "area_id" uuid null, "year" smallint not null, "month" smallint null, "kind" text check ("kind" in ('PLAN', 'ACTUAL', 'TREND_GIVEN')) not null, "amount_cents" bigint not null, "currency" text not null default 'EUR', "source" text null, constraint "budget_figure_pkey" primary key ("id"), constraint budget_figure_amount_not_negative check (amount_cents >= 0), constraint budget_figure_month_range check ((month >= 1) AND (month <= 12)));`,
    );
    this.addSql(`create index "budget_figure_region_id_index" on "budget_figure" ("region_id");`);
    this.addSql(`create index "budget_figure_area_id_index" on "budget_figure" ("area_id");`);
    this.addSql(
      `create unique index "budget_figure_key" on "budget_figure" ("region_id", "area_id", "year", "month", "kind") nulls not distinct;`,
    );

    this.addSql(
      `alter table "provider_funding" add constraint "provider_funding_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "budget_regions" add constraint "budget_regions_budget_id_foreign" foreign key ("budget_id") references "budget" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "budget_regions" add constraint "budget_regions_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "case_statistics" add constraint "case_statistics_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_statistics" add constraint "case_statistics_area_id_foreign" foreign key ("area_id") references "service_area" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "budget_figure" add constraint "budget_figure_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "budget_figure" add constraint "budget_figure_area_id_foreign" foreign key ("area_id") references "service_area" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "budget_regions" drop constraint "budget_regions_budget_id_foreign";`);

    this.addSql(`alter table "case_statistics" drop constraint "case_statistics_area_id_foreign";`);

    this.addSql(`alter table "budget_figure" drop constraint "budget_figure_area_id_foreign";`);

    this.addSql(`drop table if exists "budget" cascade;`);

    this.addSql(`drop table if exists "provider_funding" cascade;`);

    this.addSql(`drop table if exists "budget_regions" cascade;`);

    this.addSql(`drop table if exists "service_area" cascade;`);

    this.addSql(`drop table if exists "case_statistics" cascade;`);

    this.addSql(`drop table if exists "budget_figure" cascade;`);
  }
}
