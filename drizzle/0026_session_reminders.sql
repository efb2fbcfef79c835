ALTER TYPE "public"."mail_topic" ADD VALUE 'session_reminders';--> statement-breakpoint
ALTER TYPE "public"."mail_topic" ADD VALUE 'session_preparation';--> statement-breakpoint
ALTER TABLE "coaching_session" ADD COLUMN "scheduled_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD COLUMN "reminded_24h_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD COLUMN "reminded_1h_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD COLUMN "preparation_asked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "coaching_session_scheduled_idx" ON "coaching_session" USING btree ("starts_at") WHERE "coaching_session"."status" = 'scheduled';--> statement-breakpoint
-- Sessions booked before this: their booking is when they got their time, as far as is known.
UPDATE "coaching_session" SET "scheduled_at" = "created_at";
