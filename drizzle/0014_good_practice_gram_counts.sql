CREATE TABLE "good_practice_gram_counts" (
	"gram" text PRIMARY KEY NOT NULL,
	"cases" integer NOT NULL
);
--> statement-breakpoint
-- The counts of the cases already indexed, so the table is right from the start.
INSERT INTO "good_practice_gram_counts" ("gram", "cases")
  SELECT "gram", count(DISTINCT ("owner_code", "case_id"))::int FROM "good_practice_grams" GROUP BY "gram";
--> statement-breakpoint
INSERT INTO "good_practice_gram_counts" ("gram", "cases")
  SELECT '', count(DISTINCT ("owner_code", "case_id"))::int FROM "good_practice_grams";
