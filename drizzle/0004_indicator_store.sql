CREATE TABLE "indicator_values" (
	"area_code" char(6) NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"period_end" date NOT NULL,
	"value" double precision,
	"flag" text,
	CONSTRAINT "indicator_values_area_code_indicator_code_period_pk" PRIMARY KEY("area_code","indicator_code","period")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"licence" text NOT NULL,
	"frequency" text,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_indicator_bindings" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"indicator_code" text NOT NULL,
	"area_code" char(6) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "kpi_indicator_bindings_owner_code_strategy_id_kpi_id_pk" PRIMARY KEY("owner_code","strategy_id","kpi_id")
);
--> statement-breakpoint
CREATE INDEX "indicator_values_by_indicator" ON "indicator_values" USING btree ("indicator_code","period");--> statement-breakpoint
CREATE INDEX "kpi_bindings_series" ON "kpi_indicator_bindings" USING btree ("indicator_code","area_code");