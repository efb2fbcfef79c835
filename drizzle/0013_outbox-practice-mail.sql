ALTER TABLE "mail" ADD COLUMN "in_outbox" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD COLUMN "answers_left_out" integer DEFAULT 0 NOT NULL;