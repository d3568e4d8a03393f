-- Tamper-evident audit trail: every entry carries seq (1, 2, 3 … per owner), the hash of the
-- owner's previous entry and its own SHA-256 over a canonical text of all its fields, so a later
-- edit, deletion or insertion anywhere in an owner's history breaks the chain (`sousei audit
-- verify`). The database fills these in (trigger), under a per-owner lock, so concurrent writers
-- and clients other than the app cannot leave an entry out of the chain.
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" char(64) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" char(64) DEFAULT '' NOT NULL;--> statement-breakpoint
-- The canonical text: a JSON array (unambiguous, no separator to forge) of every field; the
-- time in UTC to the microsecond, so it does not depend on the session's TimeZone or DateStyle.
CREATE OR REPLACE FUNCTION audit_canonical(e audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    e.owner_code::text, e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor, e.action, e.entity_type, e.entity_id, e.summary, e.details, e.prev_hash::text
  )::text
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_entry_hash(e audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(audit_canonical(e), 'UTF8')), 'hex')
$$;--> statement-breakpoint
-- Existing entries are chained in the order they were written (id), per owner.
ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_append_only;--> statement-breakpoint
DO $$
DECLARE
  r record;
  cur_owner text := NULL;
  n bigint := 0;
  prev text := repeat('0', 64);
BEGIN
  FOR r IN SELECT owner_code, id FROM audit_log ORDER BY owner_code, id LOOP
    IF cur_owner IS DISTINCT FROM r.owner_code THEN
      cur_owner := r.owner_code;
      n := 0;
      prev := repeat('0', 64);
    END IF;
    n := n + 1;
    UPDATE audit_log SET seq = n, prev_hash = prev WHERE owner_code = r.owner_code AND id = r.id;
    UPDATE audit_log a SET hash = audit_entry_hash(a) WHERE a.owner_code = r.owner_code AND a.id = r.id RETURNING a.hash INTO prev;
  END LOOP;
END $$;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_append_only;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_owner_seq" ON "audit_log" USING btree ("owner_code","seq");--> statement-breakpoint
-- New entries: the previous entry of the same owner is read under a transaction-scoped advisory
-- lock on the owner, so 200 concurrent writers still form one chain; the time is taken after the
-- lock (clock_timestamp), so seq and occurred_at increase together.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(1096107337, hashtext(NEW.owner_code::text));
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log WHERE owner_code = NEW.owner_code ORDER BY seq DESC LIMIT 1;
  NEW.seq := COALESCE(last_seq, 0) + 1;
  NEW.prev_hash := COALESCE(last_hash, repeat('0', 64));
  NEW.occurred_at := clock_timestamp();
  NEW.hash := audit_entry_hash(NEW);
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
