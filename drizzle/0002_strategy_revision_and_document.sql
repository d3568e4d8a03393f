ALTER TABLE "strategies" ADD COLUMN "document_extra" jsonb;--> statement-breakpoint
ALTER TABLE "strategies" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;