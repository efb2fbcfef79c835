CREATE TYPE "public"."feedback_campaign_status" AS ENUM('draft', 'nominating', 'approval', 'collecting', 'closed', 'released');--> statement-breakpoint
CREATE TYPE "public"."competency_model_source" AS ENUM('built-in', 'own');--> statement-breakpoint
CREATE TYPE "public"."rater_group" AS ENUM('manager', 'peer', 'direct_report', 'other');--> statement-breakpoint
CREATE TABLE "competency_model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"based_on" text,
	"version" integer DEFAULT 1 NOT NULL,
	"model" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"status" "feedback_campaign_status" DEFAULT 'draft' NOT NULL,
	"model_source" "competency_model_source" NOT NULL,
	"model_id" text NOT NULL,
	"model_version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"threshold" integer NOT NULL,
	"manager_identified" boolean DEFAULT false NOT NULL,
	"group_limits" jsonb NOT NULL,
	"deadline" date NOT NULL,
	"time_zone" text NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"self_ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"self_submitted_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"report" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"group" "rater_group" NOT NULL,
	"question_id" text NOT NULL,
	"text" text NOT NULL,
	"redactions" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_rater" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"group" "rater_group" NOT NULL,
	"nominated_by" uuid NOT NULL,
	"token_hash" text,
	"sealed_answers" text,
	"completed" boolean DEFAULT false NOT NULL,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_rater_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "feedback_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"group" "rater_group" NOT NULL,
	"ratings" jsonb NOT NULL,
	"submitted_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "practice" ADD COLUMN "feedback_threshold" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "competency_model" ADD CONSTRAINT "competency_model_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_model" ADD CONSTRAINT "competency_model_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD CONSTRAINT "feedback_campaign_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD CONSTRAINT "feedback_campaign_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD CONSTRAINT "feedback_campaign_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD CONSTRAINT "feedback_campaign_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_comment" ADD CONSTRAINT "feedback_comment_campaign_id_feedback_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."feedback_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_rater" ADD CONSTRAINT "feedback_rater_campaign_id_feedback_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."feedback_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_rater" ADD CONSTRAINT "feedback_rater_nominated_by_user_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_campaign_id_feedback_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."feedback_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competency_model_owner_idx" ON "competency_model" USING btree ("owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "feedback_campaign_engagement_idx" ON "feedback_campaign" USING btree ("engagement_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_campaign_practice_idx" ON "feedback_campaign" USING btree ("practice_id","created_at","id");--> statement-breakpoint
CREATE INDEX "feedback_comment_campaign_idx" ON "feedback_comment" USING btree ("campaign_id","id");--> statement-breakpoint
CREATE INDEX "feedback_rater_campaign_idx" ON "feedback_rater" USING btree ("campaign_id","group");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_rater_email_unique" ON "feedback_rater" USING btree ("campaign_id",lower("email"));--> statement-breakpoint
CREATE INDEX "feedback_response_campaign_idx" ON "feedback_response" USING btree ("campaign_id");--> statement-breakpoint
ALTER TABLE "practice" ADD CONSTRAINT "practice_feedback_threshold_min" CHECK ("practice"."feedback_threshold" >= 3);