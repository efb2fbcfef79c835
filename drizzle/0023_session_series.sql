CREATE TABLE "session_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"time_zone" text NOT NULL,
	"first_date" text NOT NULL,
	"local_time" text NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"mode" "coaching_session_mode" NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"ical_uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "session_series_ical_uid_unique" UNIQUE("ical_uid")
);
--> statement-breakpoint
ALTER TABLE "coaching_session" DROP CONSTRAINT "coaching_session_ical_uid_unique";--> statement-breakpoint
ALTER TABLE "coaching_session" ADD COLUMN "original_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_coach_id_user_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_series_engagement_idx" ON "session_series" USING btree ("engagement_id");--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_series_id_session_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."session_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_session_ical_uid_key" ON "coaching_session" USING btree ("ical_uid") WHERE "coaching_session"."series_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_session_occurrence_key" ON "coaching_session" USING btree ("series_id","original_starts_at");