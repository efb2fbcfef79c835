-- A coach is never in two sessions at once (buffer included), whoever books: PostgreSQL refuses
-- the second write. btree_gist lets one GiST index hold the coach's id and the time range.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE TYPE "public"."coaching_session_mode" AS ENUM('in_person', 'phone', 'video');--> statement-breakpoint
CREATE TYPE "public"."session_note_kind" AS ENUM('feedback', 'shared', 'private');--> statement-breakpoint
CREATE TYPE "public"."coaching_session_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_user_id_pk" PRIMARY KEY("user_id")
);
--> statement-breakpoint
CREATE TABLE "coach_availability" (
	"coach_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"weekly" jsonb NOT NULL,
	"session_minutes" smallint DEFAULT 60 NOT NULL,
	"buffer_minutes" smallint DEFAULT 15 NOT NULL,
	"min_notice_hours" smallint DEFAULT 24 NOT NULL,
	"horizon_days" smallint DEFAULT 60 NOT NULL,
	"late_cancel_hours" smallint DEFAULT 24 NOT NULL,
	"max_moves" smallint DEFAULT 2 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"series_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"busy_until" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"mode" "coaching_session_mode" NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"status" "coaching_session_status" DEFAULT 'scheduled' NOT NULL,
	"ical_uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"moves" smallint DEFAULT 0 NOT NULL,
	"booked_by" uuid NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"counts_as_used" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_session_ical_uid_unique" UNIQUE("ical_uid"),
	CONSTRAINT "coaching_session_times" CHECK ("coaching_session"."starts_at" < "coaching_session"."ends_at" and "coaching_session"."ends_at" <= "coaching_session"."busy_until")
);
--> statement-breakpoint
CREATE TABLE "session_agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"text" text NOT NULL,
	"added_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" "session_note_kind" NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_preparation" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"engagement_id" uuid NOT NULL,
	"wins" text DEFAULT '' NOT NULL,
	"focus" text DEFAULT '' NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_reflection" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"engagement_id" uuid NOT NULL,
	"learned" text DEFAULT '' NOT NULL,
	"differently" text DEFAULT '' NOT NULL,
	"rating" smallint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_reflection_rating" CHECK ("session_reflection"."rating" is null or "session_reflection"."rating" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "engagement" ADD COLUMN "meeting_link" text;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_availability" ADD CONSTRAINT "coach_availability_coach_id_user_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_coach_id_user_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_booked_by_user_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_cancelled_by_user_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_agenda_item" ADD CONSTRAINT "session_agenda_item_session_id_coaching_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coaching_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_agenda_item" ADD CONSTRAINT "session_agenda_item_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_note" ADD CONSTRAINT "session_note_session_id_coaching_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coaching_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_note" ADD CONSTRAINT "session_note_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_preparation" ADD CONSTRAINT "session_preparation_session_id_coaching_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coaching_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reflection" ADD CONSTRAINT "session_reflection_session_id_coaching_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coaching_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_key" ON "calendar_feed" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "coaching_session_engagement_idx" ON "coaching_session" USING btree ("engagement_id","starts_at");--> statement-breakpoint
CREATE INDEX "coaching_session_coach_idx" ON "coaching_session" USING btree ("coach_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_session_engagement_id_key" ON "coaching_session" USING btree ("engagement_id","id");--> statement-breakpoint
CREATE INDEX "session_agenda_session_idx" ON "session_agenda_item" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "session_note_shared_key" ON "session_note" USING btree ("session_id","kind") WHERE "session_note"."kind" <> 'private';--> statement-breakpoint
CREATE UNIQUE INDEX "session_note_private_key" ON "session_note" USING btree ("session_id","author_id") WHERE "session_note"."kind" = 'private';--> statement-breakpoint
CREATE INDEX "session_note_engagement_idx" ON "session_note" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "session_reflection_engagement_idx" ON "session_reflection" USING btree ("engagement_id");--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_coach_busy" EXCLUDE USING gist ("coach_id" WITH =, tstzrange("starts_at", "busy_until") WITH &&) WHERE ("status" = 'scheduled');