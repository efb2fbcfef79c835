CREATE TYPE "public"."goal_direction" AS ENUM('higher', 'lower');--> statement-breakpoint
CREATE TYPE "public"."goal_state" AS ENUM('open', 'achieved', 'dropped', 'replaced');--> statement-breakpoint
CREATE TYPE "public"."goal_measurement_source" AS ENUM('manual', 'check_in');--> statement-breakpoint
CREATE TYPE "public"."action_plan_source" AS ENUM('edit', 'resolution', 'template', 'session');--> statement-breakpoint
CREATE TABLE "action_plan_version" (
	"goal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"engagement_id" uuid NOT NULL,
	"plan" jsonb NOT NULL,
	"based_on" integer,
	"source" "action_plan_source" DEFAULT 'edit' NOT NULL,
	"template_id" text,
	"template_version" integer,
	"session_id" uuid,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	CONSTRAINT "action_plan_version_goal_id_version_pk" PRIMARY KEY("goal_id","version")
);
--> statement-breakpoint
CREATE TABLE "goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"statement" text NOT NULL,
	"measure_what" text,
	"measure_unit" text,
	"direction" "goal_direction",
	"baseline" double precision,
	"target" double precision,
	"realistic_per_week" double precision,
	"start_date" date NOT NULL,
	"due_date" date,
	"why_it_matters" text DEFAULT '' NOT NULL,
	"state" "goal_state" DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"closed_reason" text,
	"replaced_by" uuid,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"latest_value" double precision,
	"latest_on" date,
	"plan_version" integer DEFAULT 0 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_numbers_need_a_measure" CHECK (("goal"."target" is null and "goal"."baseline" is null) or "goal"."measure_what" is not null),
	CONSTRAINT "goal_target_differs" CHECK ("goal"."baseline" is null or "goal"."target" is null or "goal"."baseline" <> "goal"."target"),
	CONSTRAINT "goal_dates_in_order" CHECK ("goal"."due_date" is null or "goal"."due_date" > "goal"."start_date"),
	CONSTRAINT "goal_dropped_has_reason" CHECK ("goal"."state" <> 'dropped' or "goal"."closed_reason" is not null),
	CONSTRAINT "goal_closed_on" CHECK (("goal"."state" = 'open') = ("goal"."closed_on" is null))
);
--> statement-breakpoint
CREATE TABLE "goal_behaviour_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"competency_id" text NOT NULL,
	"item_id" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_development_link" (
	"engagement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	CONSTRAINT "goal_development_link_goal_id_entry_id_pk" PRIMARY KEY("goal_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "goal_measurement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"measured_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"source" "goal_measurement_source" DEFAULT 'manual' NOT NULL,
	"check_in_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
CREATE TABLE "goal_milestone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_revision" (
	"goal_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"engagement_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	CONSTRAINT "goal_revision_goal_id_revision_pk" PRIMARY KEY("goal_id","revision")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "goal_engagement_id_key" ON "goal" USING btree ("engagement_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "development_entry_engagement_id_key" ON "development_entry" USING btree ("engagement_id","id");--> statement-breakpoint
ALTER TABLE "action_plan_version" ADD CONSTRAINT "action_plan_version_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_version" ADD CONSTRAINT "action_plan_version_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_replaced_by_fk" FOREIGN KEY ("engagement_id","replaced_by") REFERENCES "public"."goal"("engagement_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_behaviour_link" ADD CONSTRAINT "goal_behaviour_link_campaign_id_feedback_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."feedback_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_behaviour_link" ADD CONSTRAINT "goal_behaviour_link_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_development_link" ADD CONSTRAINT "goal_development_link_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_development_link" ADD CONSTRAINT "goal_development_link_entry_fk" FOREIGN KEY ("engagement_id","entry_id") REFERENCES "public"."development_entry"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_measurement" ADD CONSTRAINT "goal_measurement_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_measurement" ADD CONSTRAINT "goal_measurement_withdrawn_by_user_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_measurement" ADD CONSTRAINT "goal_measurement_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestone" ADD CONSTRAINT "goal_milestone_done_by_user_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestone" ADD CONSTRAINT "goal_milestone_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestone" ADD CONSTRAINT "goal_milestone_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revision" ADD CONSTRAINT "goal_revision_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revision" ADD CONSTRAINT "goal_revision_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plan_version_engagement_idx" ON "action_plan_version" USING btree ("engagement_id","goal_id","version");--> statement-breakpoint
CREATE INDEX "goal_engagement_idx" ON "goal" USING btree ("engagement_id","position");--> statement-breakpoint
CREATE INDEX "goal_behaviour_link_engagement_idx" ON "goal_behaviour_link" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "goal_behaviour_link_campaign_idx" ON "goal_behaviour_link" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_behaviour_link_unique" ON "goal_behaviour_link" USING btree ("goal_id","competency_id",coalesce("item_id", ''));--> statement-breakpoint
CREATE INDEX "goal_development_link_engagement_idx" ON "goal_development_link" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "goal_development_link_entry_idx" ON "goal_development_link" USING btree ("engagement_id","entry_id");--> statement-breakpoint
CREATE INDEX "goal_measurement_goal_idx" ON "goal_measurement" USING btree ("goal_id","measured_on","created_at");--> statement-breakpoint
CREATE INDEX "goal_measurement_engagement_idx" ON "goal_measurement" USING btree ("engagement_id","goal_id","measured_on","created_at") WHERE "goal_measurement"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "goal_milestone_goal_idx" ON "goal_milestone" USING btree ("goal_id","due_on");--> statement-breakpoint
CREATE INDEX "goal_milestone_open_idx" ON "goal_milestone" USING btree ("engagement_id","due_on") WHERE "goal_milestone"."done_at" is null;--> statement-breakpoint
CREATE INDEX "goal_revision_engagement_idx" ON "goal_revision" USING btree ("engagement_id");