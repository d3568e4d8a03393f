CREATE TABLE "kpi_reference_bindings" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"indicator_code" text NOT NULL,
	"area_code" char(6) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "kpi_reference_bindings_owner_code_strategy_id_kpi_id_pk" PRIMARY KEY("owner_code","strategy_id","kpi_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_reference_observations" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"flag" text,
	"name" text NOT NULL,
	"source" text,
	CONSTRAINT "kpi_reference_observations_owner_code_strategy_id_kpi_id_period_pk" PRIMARY KEY("owner_code","strategy_id","kpi_id","period")
);
--> statement-breakpoint
CREATE INDEX "kpi_reference_bindings_series" ON "kpi_reference_bindings" USING btree ("indicator_code","area_code");--> statement-breakpoint
-- The read caches' data version follows these tables too (see 0008): a bound reference series
-- changes evaluations.
CREATE TRIGGER "kpi_reference_bindings_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kpi_reference_bindings" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER "kpi_reference_observations_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kpi_reference_observations" FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed();
