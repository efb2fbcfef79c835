CREATE TYPE "public"."check_in_channel" AS ENUM('link', 'app');--> statement-breakpoint
CREATE TYPE "public"."check_in_mail_outcome" AS ENUM('mailed', 'skipped');--> statement-breakpoint
ALTER TYPE "public"."mail_topic" ADD VALUE 'check_ins';--> statement-breakpoint
CREATE TABLE "check_in" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"week" date NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid NOT NULL,
	"channel" "check_in_channel" NOT NULL,
	"energy" integer NOT NULL,
	"win" text DEFAULT '' NOT NULL,
	"challenge" text DEFAULT '' NOT NULL,
	CONSTRAINT "check_in_engagement_id_key" UNIQUE("engagement_id","id"),
	CONSTRAINT "check_in_energy" CHECK ("check_in"."energy" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "check_in_goal" (
	"check_in_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"confidence" integer NOT NULL,
	"value" double precision,
	"measurement_id" uuid,
	CONSTRAINT "check_in_goal_check_in_id_goal_id_pk" PRIMARY KEY("check_in_id","goal_id"),
	CONSTRAINT "check_in_goal_confidence" CHECK ("check_in_goal"."confidence" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "check_in_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"week" date NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_link_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "check_in_mailing" (
	"engagement_id" uuid NOT NULL,
	"week" date NOT NULL,
	"outcome" "check_in_mail_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_mailing_engagement_id_week_pk" PRIMARY KEY("engagement_id","week")
);
--> statement-breakpoint
CREATE TABLE "check_in_schedule" (
	"engagement_id" uuid PRIMARY KEY NOT NULL,
	"weekday" integer NOT NULL,
	"hour" integer NOT NULL,
	"time_zone" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_schedule_weekday" CHECK ("check_in_schedule"."weekday" between 1 and 7),
	CONSTRAINT "check_in_schedule_hour" CHECK ("check_in_schedule"."hour" between 0 and 23)
);
--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_submitted_by_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_goal" ADD CONSTRAINT "check_in_goal_measurement_id_goal_measurement_id_fk" FOREIGN KEY ("measurement_id") REFERENCES "public"."goal_measurement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_goal" ADD CONSTRAINT "check_in_goal_check_in_fk" FOREIGN KEY ("engagement_id","check_in_id") REFERENCES "public"."check_in"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_goal" ADD CONSTRAINT "check_in_goal_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_link" ADD CONSTRAINT "check_in_link_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_mailing" ADD CONSTRAINT "check_in_mailing_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_schedule" ADD CONSTRAINT "check_in_schedule_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_schedule" ADD CONSTRAINT "check_in_schedule_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_engagement_week_key" ON "check_in" USING btree ("engagement_id","week");--> statement-breakpoint
CREATE INDEX "check_in_goal_goal_idx" ON "check_in_goal" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "check_in_link_engagement_idx" ON "check_in_link" USING btree ("engagement_id","week");