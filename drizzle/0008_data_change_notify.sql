-- Every committed write to the data the read caches serve (catalogs, evaluations, statistics)
-- sends one notification on channel sousei_data_changed (PostgreSQL folds repeats within a
-- transaction into one, and delivers it at commit only). Each process LISTENs and drops its
-- cached response bodies when it arrives: no version query per request (src/db/data-version.ts).
-- Statement-level, so a bulk COPY or a 10,000-row INSERT costs one call, not one per row.
CREATE OR REPLACE FUNCTION sousei_notify_data_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('sousei_data_changed', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['strategies', 'strategy_nodes', 'kpis', 'kpi_targets', 'kpi_observations', 'kpi_indicator_bindings', 'areas', 'indicators', 'indicator_values'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION sousei_notify_data_changed()', t || '_notify_data_changed', t);
  END LOOP;
END $$;
