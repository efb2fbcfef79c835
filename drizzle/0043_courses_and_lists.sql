CREATE TYPE "public"."course_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('pending', 'active', 'completed', 'unsubscribed');--> statement-breakpoint
CREATE TYPE "public"."suppression_reason" AS ENUM('bounced', 'invalid', 'complained');--> statement-breakpoint
ALTER TYPE "public"."mail_status" ADD VALUE 'bounced';--> statement-breakpoint
CREATE TABLE "course" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"author_id" uuid,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"cadence" jsonb NOT NULL,
	"lessons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "course_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_delivery" (
	"subscription_id" uuid NOT NULL,
	"lesson" integer NOT NULL,
	"local_date" date NOT NULL,
	"mail_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_delivery_subscription_id_lesson_pk" PRIMARY KEY("subscription_id","lesson")
);
--> statement-breakpoint
CREATE TABLE "course_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"keel_course_id" text,
	"course_id" uuid,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"cadence" jsonb NOT NULL,
	"lessons" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_version_one_source" CHECK (("course_version"."keel_course_id" is null) <> ("course_version"."course_id" is null))
);
--> statement-breakpoint
CREATE TABLE "lesson_completion" (
	"subscription_id" uuid NOT NULL,
	"lesson" integer NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_completion_subscription_id_lesson_pk" PRIMARY KEY("subscription_id","lesson")
);
--> statement-breakpoint
CREATE TABLE "subscriber" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"user_id" uuid,
	"suppressed_at" timestamp with time zone,
	"suppressed_reason" "suppression_reason",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscription" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"list" text NOT NULL,
	"course_version_id" uuid,
	"status" "subscription_status" DEFAULT 'pending' NOT NULL,
	"confirm_token_hash" text,
	"confirmation_sent_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"enrolled_by_id" uuid,
	"engagement_id" uuid,
	"next_lesson" integer DEFAULT 1 NOT NULL,
	"next_send_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscription_confirm_token_hash_unique" UNIQUE("confirm_token_hash")
);
--> statement-breakpoint
ALTER TABLE "mail" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "practice" ADD COLUMN "slug" text DEFAULT 'practice-' || substr(md5(random()::text), 1, 8) NOT NULL;--> statement-breakpoint
ALTER TABLE "practice" ADD COLUMN "postal_address" text;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_delivery" ADD CONSTRAINT "course_delivery_subscription_id_subscription_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscription"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_delivery" ADD CONSTRAINT "course_delivery_mail_id_mail_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_version" ADD CONSTRAINT "course_version_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_completion" ADD CONSTRAINT "lesson_completion_subscription_id_subscription_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscription"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber" ADD CONSTRAINT "subscriber_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber" ADD CONSTRAINT "subscriber_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_subscriber_id_subscriber_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscriber"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_course_version_id_course_version_id_fk" FOREIGN KEY ("course_version_id") REFERENCES "public"."course_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_enrolled_by_id_user_id_fk" FOREIGN KEY ("enrolled_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "course_practice_slug_key" ON "course" USING btree ("practice_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "course_delivery_day_key" ON "course_delivery" USING btree ("subscription_id","local_date");--> statement-breakpoint
CREATE UNIQUE INDEX "course_version_keel_key" ON "course_version" USING btree ("keel_course_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "course_version_course_key" ON "course_version" USING btree ("course_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriber_practice_email_key" ON "subscriber" USING btree ("practice_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "subscription_subscriber_list_key" ON "subscription" USING btree ("subscriber_id","list");--> statement-breakpoint
CREATE INDEX "subscription_due_idx" ON "subscription" USING btree ("next_send_at") WHERE "subscription"."status" = 'active' and "subscription"."next_send_at" is not null;--> statement-breakpoint
CREATE INDEX "subscription_practice_list_idx" ON "subscription" USING btree ("practice_id","list","status");--> statement-breakpoint
CREATE INDEX "subscription_engagement_idx" ON "subscription" USING btree ("engagement_id");--> statement-breakpoint
ALTER TABLE "practice" ADD CONSTRAINT "practice_slug_unique" UNIQUE("slug");