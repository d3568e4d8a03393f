CREATE TABLE "grant_application_versions" (
	"owner_code" char(6) NOT NULL,
	"application_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "grant_application_versions_owner_code_application_id_version_pk" PRIMARY KEY("owner_code","application_id","version")
);
--> statement-breakpoint
CREATE TABLE "grant_applications" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"submitted_version" integer,
	"requested_total" bigint DEFAULT 0 NOT NULL,
	"decided_total" bigint,
	"check_errors" integer DEFAULT 0 NOT NULL,
	"check_warnings" integer DEFAULT 0 NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_applications_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
CREATE TABLE "grant_decisions" (
	"owner_code" char(6) NOT NULL,
	"application_id" text NOT NULL,
	"project_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"amount" bigint NOT NULL,
	"kind" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "grant_decisions_owner_code_application_id_project_id_fiscal_year_pk" PRIMARY KEY("owner_code","application_id","project_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "grant_events" (
	"owner_code" char(6) NOT NULL,
	"application_id" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"version" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"details" jsonb,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_events_owner_code_application_id_seq_pk" PRIMARY KEY("owner_code","application_id","seq")
);
--> statement-breakpoint
CREATE TABLE "grant_reviewers" (
	"owner_code" char(6) NOT NULL,
	"application_id" text NOT NULL,
	"user_id" text NOT NULL,
	"assigned_by" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_reviewers_owner_code_application_id_user_id_pk" PRIMARY KEY("owner_code","application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "grant_reviews" (
	"owner_code" char(6) NOT NULL,
	"application_id" text NOT NULL,
	"user_id" text NOT NULL,
	"criterion" text NOT NULL,
	"score" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_reviews_owner_code_application_id_user_id_criterion_pk" PRIMARY KEY("owner_code","application_id","user_id","criterion")
);
--> statement-breakpoint
CREATE TABLE "grant_verifications" (
	"owner_code" char(6) NOT NULL,
	"application_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"as_of" text NOT NULL,
	"published_at" timestamp with time zone,
	"recorded_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_verifications_owner_code_application_id_fiscal_year_pk" PRIMARY KEY("owner_code","application_id","fiscal_year")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "grant_applications_one_per_year" ON "grant_applications" USING btree ("owner_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "grant_applications_id_idx" ON "grant_applications" USING btree ("id");--> statement-breakpoint
CREATE INDEX "grant_applications_status_idx" ON "grant_applications" USING btree ("status","fiscal_year");--> statement-breakpoint
CREATE INDEX "grant_reviewers_user_idx" ON "grant_reviewers" USING btree ("user_id");