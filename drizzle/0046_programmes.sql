CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation_name" text NOT NULL,
	"instrument_ids" text[] DEFAULT '{}' NOT NULL,
	"competency_model_id" text,
	"sessions_planned" integer NOT NULL,
	"months" integer NOT NULL,
	"course_id" text,
	"pulse_every_weeks" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_sessions_range" CHECK ("programme"."sessions_planned" between 1 and 100),
	CONSTRAINT "programme_months_range" CHECK ("programme"."months" between 1 and 36),
	CONSTRAINT "programme_pulse_range" CHECK ("programme"."pulse_every_weeks" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "programme_cohort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"manager_email" text,
	"invitation_id" uuid,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohort" ADD CONSTRAINT "programme_cohort_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant" ADD CONSTRAINT "programme_participant_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant" ADD CONSTRAINT "programme_participant_cohort_id_programme_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."programme_cohort"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant" ADD CONSTRAINT "programme_participant_invitation_id_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant" ADD CONSTRAINT "programme_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_practice_idx" ON "programme" USING btree ("practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_cohort_name_unique" ON "programme_cohort" USING btree ("programme_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "programme_participant_email_unique" ON "programme_participant" USING btree ("programme_id","email");--> statement-breakpoint
CREATE INDEX "programme_participant_cohort_idx" ON "programme_participant" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "programme_participant_invitation_idx" ON "programme_participant" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "programme_participant_user_idx" ON "programme_participant" USING btree ("user_id");