CREATE TYPE "public"."assessment_status" AS ENUM('assigned', 'in_progress', 'submitted', 'withdrawn');--> statement-breakpoint
CREATE TABLE "assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"status" "assessment_status" DEFAULT 'assigned' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_date" date,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instrument_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instrument_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"checksum" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_instrument_version_id_instrument_version_id_fk" FOREIGN KEY ("instrument_version_id") REFERENCES "public"."instrument_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_assigned_by_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_engagement_idx" ON "assessment" USING btree ("engagement_id","created_at");--> statement-breakpoint
CREATE INDEX "assessment_norms_idx" ON "assessment" USING btree ("practice_id","instrument_id") WHERE "assessment"."status" = 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_one_open_idx" ON "assessment" USING btree ("engagement_id","instrument_id") WHERE "assessment"."status" in ('assigned', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_version_key" ON "instrument_version" USING btree ("instrument_id","version");