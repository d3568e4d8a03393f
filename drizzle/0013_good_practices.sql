CREATE TABLE "good_practice_adoptions" (
	"owner_code" char(6) NOT NULL,
	"case_owner" char(6) NOT NULL,
	"case_id" text NOT NULL,
	"adopted_year" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"outcome_note" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_practice_adoptions_owner_code_case_owner_case_id_pk" PRIMARY KEY("owner_code","case_owner","case_id")
);
--> statement-breakpoint
CREATE TABLE "good_practice_cases" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"field" text NOT NULL,
	"started_year" integer,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"validated_at" timestamp with time zone,
	CONSTRAINT "good_practice_cases_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
CREATE TABLE "good_practice_events" (
	"owner_code" char(6) NOT NULL,
	"case_id" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"comment" text DEFAULT '' NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_practice_events_owner_code_case_id_seq_pk" PRIMARY KEY("owner_code","case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "good_practice_grams" (
	"owner_code" char(6) NOT NULL,
	"case_id" text NOT NULL,
	"gram" text NOT NULL,
	"weight" smallint NOT NULL,
	"occurrences" smallint NOT NULL,
	CONSTRAINT "good_practice_grams_owner_code_case_id_gram_weight_pk" PRIMARY KEY("owner_code","case_id","gram","weight")
);
--> statement-breakpoint
CREATE TABLE "good_practice_regions" (
	"owner_code" char(6) NOT NULL,
	"case_id" text NOT NULL,
	"area_code" char(6) NOT NULL,
	CONSTRAINT "good_practice_regions_owner_code_case_id_area_code_pk" PRIMARY KEY("owner_code","case_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "good_practice_tags" (
	"owner_code" char(6) NOT NULL,
	"case_id" text NOT NULL,
	"tag" text NOT NULL,
	CONSTRAINT "good_practice_tags_owner_code_case_id_tag_pk" PRIMARY KEY("owner_code","case_id","tag")
);
--> statement-breakpoint
CREATE INDEX "good_practice_adoptions_case_idx" ON "good_practice_adoptions" USING btree ("case_owner","case_id");--> statement-breakpoint
CREATE INDEX "good_practice_cases_id_idx" ON "good_practice_cases" USING btree ("id");--> statement-breakpoint
CREATE INDEX "good_practice_cases_status_idx" ON "good_practice_cases" USING btree ("status","field");--> statement-breakpoint
CREATE INDEX "good_practice_grams_gram_idx" ON "good_practice_grams" USING btree ("gram");--> statement-breakpoint
CREATE INDEX "good_practice_regions_area_idx" ON "good_practice_regions" USING btree ("area_code");--> statement-breakpoint
CREATE INDEX "good_practice_tags_tag_idx" ON "good_practice_tags" USING btree ("tag");