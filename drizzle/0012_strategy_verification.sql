CREATE TABLE "verification_comments" (
	"owner_code" char(6) NOT NULL,
	"round_id" text NOT NULL,
	"user_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_comments_owner_code_round_id_user_id_kpi_id_pk" PRIMARY KEY("owner_code","round_id","user_id","kpi_id")
);
--> statement-breakpoint
CREATE TABLE "verification_members" (
	"owner_code" char(6) NOT NULL,
	"round_id" text NOT NULL,
	"user_id" text NOT NULL,
	"display_name" text NOT NULL,
	"sector" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"conflict" text DEFAULT '' NOT NULL,
	"excluded_kpis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_members_owner_code_round_id_user_id_pk" PRIMARY KEY("owner_code","round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "verification_responses" (
	"owner_code" char(6) NOT NULL,
	"round_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"response" text DEFAULT '' NOT NULL,
	"improvement" text DEFAULT '' NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_responses_owner_code_round_id_kpi_id_pk" PRIMARY KEY("owner_code","round_id","kpi_id")
);
--> statement-breakpoint
CREATE TABLE "verification_rounds" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"strategy_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"evaluation_date" text NOT NULL,
	"status" text NOT NULL,
	"report" jsonb,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "verification_rounds_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
CREATE TABLE "verification_signoffs" (
	"owner_code" char(6) NOT NULL,
	"round_id" text NOT NULL,
	"user_id" text NOT NULL,
	"fingerprint" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_signoffs_owner_code_round_id_user_id_pk" PRIMARY KEY("owner_code","round_id","user_id")
);
--> statement-breakpoint
CREATE INDEX "verification_members_user_idx" ON "verification_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verification_rounds_one_per_year" ON "verification_rounds" USING btree ("owner_code","strategy_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "verification_rounds_id_idx" ON "verification_rounds" USING btree ("id");