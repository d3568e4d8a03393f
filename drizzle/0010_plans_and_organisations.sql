CREATE TABLE "organisation_members" (
	"user_id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"corporate_number" char(13),
	"parent_id" text,
	"pref_codes" text[] DEFAULT '{}' NOT NULL,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_map_snapshots" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"as_of" date NOT NULL,
	"data" jsonb NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_map_snapshots_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
CREATE TABLE "plan_action_items" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"item_id" text NOT NULL,
	"measure_id" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"deadline" text,
	CONSTRAINT "plan_action_items_owner_code_plan_id_item_id_pk" PRIMARY KEY("owner_code","plan_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_comments" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"seq" integer NOT NULL,
	"version" integer NOT NULL,
	"path" text,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"author_org_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_comments_owner_code_plan_id_seq_pk" PRIMARY KEY("owner_code","plan_id","seq")
);
--> statement-breakpoint
CREATE TABLE "plan_events" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"version" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"details" jsonb,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_events_owner_code_plan_id_seq_pk" PRIMARY KEY("owner_code","plan_id","seq")
);
--> statement-breakpoint
CREATE TABLE "plan_investments" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"project_id" text NOT NULL,
	"plan_type" text NOT NULL,
	"plan_status" text NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"investor_name" text NOT NULL,
	"ministry" text DEFAULT '' NOT NULL,
	"amount_yen" bigint NOT NULL,
	"invest_date" text,
	"invest_fy" integer,
	"operation_date" text,
	"muni_code" char(6) NOT NULL,
	"pref_code" char(2) NOT NULL,
	"lat" double precision,
	"lon" double precision,
	CONSTRAINT "plan_investments_owner_code_plan_id_project_id_pk" PRIMARY KEY("owner_code","plan_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "plan_reports" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"round_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"lock_version" integer DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kpi_values" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "plan_reports_owner_code_plan_id_round_id_pk" PRIMARY KEY("owner_code","plan_id","round_id")
);
--> statement-breakpoint
CREATE TABLE "plan_requirement_verdicts" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"requirement_no" integer NOT NULL,
	"verdict" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"judged_by" text NOT NULL,
	"judged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_requirement_verdicts_owner_code_plan_id_version_requirement_no_pk" PRIMARY KEY("owner_code","plan_id","version","requirement_no")
);
--> statement-breakpoint
CREATE TABLE "plan_rounds" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"plan_types" text[] NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_rounds_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"note" text,
	CONSTRAINT "plan_versions_owner_code_plan_id_version_pk" PRIMARY KEY("owner_code","plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "plan_withdrawal_decisions" (
	"owner_code" char(6) NOT NULL,
	"plan_id" text NOT NULL,
	"round_id" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"decision" text,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "plan_withdrawal_decisions_owner_code_plan_id_round_id_pk" PRIMARY KEY("owner_code","plan_id","round_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"owner_org_id" text NOT NULL,
	"co_owner_org_ids" text[] DEFAULT '{}' NOT NULL,
	"reviewer_org_ids" text[] DEFAULT '{}' NOT NULL,
	"pref_codes" text[] DEFAULT '{}' NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"final_fy" integer,
	"current_version" integer DEFAULT 1 NOT NULL,
	"published_version" integer,
	"published_at" timestamp with time zone,
	"local_published_on" date,
	"local_url" text,
	"withdrawal_flag" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"published_kgis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_corporate_number" ON "organisations" USING btree ("corporate_number");--> statement-breakpoint
CREATE INDEX "investment_map_snapshots_as_of" ON "investment_map_snapshots" USING btree ("owner_code","as_of");--> statement-breakpoint
CREATE INDEX "plan_investments_pref_idx" ON "plan_investments" USING btree ("pref_code","invest_fy");--> statement-breakpoint
CREATE INDEX "plan_investments_muni_idx" ON "plan_investments" USING btree ("muni_code");--> statement-breakpoint
CREATE INDEX "plans_id_idx" ON "plans" USING btree ("id");--> statement-breakpoint
CREATE INDEX "plans_published_idx" ON "plans" USING btree ("published_version","type");--> statement-breakpoint
-- The read caches' data version follows the plans' public tables too (see 0008): the public
-- list, a plan's page and the investment map are cached per version.
CREATE TRIGGER "plans_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER "plan_investments_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_investments" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER "plan_reports_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_reports" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER "plan_rounds_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_rounds" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER "investment_map_snapshots_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "investment_map_snapshots" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
