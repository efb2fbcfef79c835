CREATE TYPE "public"."sustain_check_in_outcome" AS ENUM('mailed', 'skipped');--> statement-breakpoint
CREATE TABLE "sustain_check_in" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"due" date NOT NULL,
	"outcome" "sustain_check_in_outcome" NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"ratings" jsonb,
	"how_it_went" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sustain_check_in_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "sustain_check_in_answered_mailed" CHECK ("sustain_check_in"."answered_at" is null or "sustain_check_in"."outcome" = 'mailed')
);
--> statement-breakpoint
CREATE TABLE "sustain_nudge" (
	"engagement_id" uuid NOT NULL,
	"due" date NOT NULL,
	"item_ids" jsonb NOT NULL,
	"coach_told" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sustain_nudge_engagement_id_due_pk" PRIMARY KEY("engagement_id","due")
);
--> statement-breakpoint
CREATE TABLE "sustain_plan" (
	"engagement_id" uuid PRIMARY KEY NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quarterly" boolean DEFAULT false NOT NULL,
	"tell_coach" boolean DEFAULT false NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_digest_item" ALTER COLUMN "topic" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "mail_preference" ALTER COLUMN "topic" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."mail_topic";--> statement-breakpoint
CREATE TYPE "public"."mail_topic" AS ENUM('work_assigned', 'feedback_updates', 'session_reminders', 'session_preparation', 'check_ins', 'commitment_reminders', 'pulse_updates', 'sustain_check_ins', 'coach_digest');--> statement-breakpoint
ALTER TABLE "mail_digest_item" ALTER COLUMN "topic" SET DATA TYPE "public"."mail_topic" USING "topic"::"public"."mail_topic";--> statement-breakpoint
ALTER TABLE "mail_preference" ALTER COLUMN "topic" SET DATA TYPE "public"."mail_topic" USING "topic"::"public"."mail_topic";--> statement-breakpoint
ALTER TABLE "sustain_check_in" ADD CONSTRAINT "sustain_check_in_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sustain_nudge" ADD CONSTRAINT "sustain_nudge_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sustain_plan" ADD CONSTRAINT "sustain_plan_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sustain_plan" ADD CONSTRAINT "sustain_plan_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sustain_check_in_engagement_due_key" ON "sustain_check_in" USING btree ("engagement_id","due");