ALTER TYPE "public"."mail_topic" ADD VALUE 'commitment_reminders';--> statement-breakpoint
ALTER TABLE "session_commitment" ADD COLUMN "reminded_at" timestamp with time zone;