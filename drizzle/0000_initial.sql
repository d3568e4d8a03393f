CREATE TABLE "reference_data_loads" (
	"name" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"pref_code" char(2),
	"level" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"kana" text,
	"name_en" text,
	"parent_code" char(6),
	"county" text,
	"lat" double precision,
	"lng" double precision,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"seq" integer NOT NULL,
	"value" double precision,
	"period" text,
	"text" text,
	"set_in" text,
	"relative_to" text,
	"extra" jsonb,
	CONSTRAINT "kpi_targets_owner_code_strategy_id_kpi_id_seq_pk" PRIMARY KEY("owner_code","strategy_id","kpi_id","seq")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"id" text NOT NULL,
	"node_id" text NOT NULL,
	"parent_kpi_id" text,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline_value" double precision,
	"baseline_period" text,
	"target_text" text,
	"is_new" boolean DEFAULT false NOT NULL,
	"extra" jsonb,
	CONSTRAINT "kpis_owner_code_strategy_id_id_pk" PRIMARY KEY("owner_code","strategy_id","id")
);
--> statement-breakpoint
CREATE TABLE "strategy_nodes" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"id" text NOT NULL,
	"parent_id" text,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"extra" jsonb,
	CONSTRAINT "strategy_nodes_owner_code_strategy_id_id_pk" PRIMARY KEY("owner_code","strategy_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpi_observations" (
	"owner_code" char(6) NOT NULL,
	"strategy_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"period" text NOT NULL,
	"period_end" date NOT NULL,
	"value" double precision NOT NULL,
	"flag" text,
	"source" text,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "kpi_observations_owner_code_strategy_id_kpi_id_period_pk" PRIMARY KEY("owner_code","strategy_id","kpi_id","period")
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"owner_code" char(6) NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"extra" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategies_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"owner_code" char(6) NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"summary" text NOT NULL,
	"details" jsonb,
	CONSTRAINT "audit_log_owner_code_id_pk" PRIMARY KEY("owner_code","id")
);
--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_owner_code_strategy_id_kpi_id_kpis_owner_code_strategy_id_id_fk" FOREIGN KEY ("owner_code","strategy_id","kpi_id") REFERENCES "public"."kpis"("owner_code","strategy_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_owner_code_strategy_id_node_id_strategy_nodes_owner_code_strategy_id_id_fk" FOREIGN KEY ("owner_code","strategy_id","node_id") REFERENCES "public"."strategy_nodes"("owner_code","strategy_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_owner_code_strategy_id_strategies_owner_code_id_fk" FOREIGN KEY ("owner_code","strategy_id") REFERENCES "public"."strategies"("owner_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_nodes" ADD CONSTRAINT "strategy_nodes_owner_code_strategy_id_strategies_owner_code_id_fk" FOREIGN KEY ("owner_code","strategy_id") REFERENCES "public"."strategies"("owner_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_observations" ADD CONSTRAINT "kpi_observations_owner_code_strategy_id_kpi_id_kpis_owner_code_strategy_id_id_fk" FOREIGN KEY ("owner_code","strategy_id","kpi_id") REFERENCES "public"."kpis"("owner_code","strategy_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_pref_idx" ON "areas" USING btree ("pref_code");--> statement-breakpoint
CREATE INDEX "areas_parent_idx" ON "areas" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "kpi_observations_end_idx" ON "kpi_observations" USING btree ("owner_code","strategy_id","period_end");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("owner_code","entity_type","entity_id");