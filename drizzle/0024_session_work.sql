CREATE TYPE "public"."session_theme_target" AS ENUM('session', 'reflection');--> statement-breakpoint
CREATE TABLE "practice_theme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"label" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_theme" (
	"engagement_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"target" "session_theme_target" NOT NULL,
	"theme_id" uuid NOT NULL,
	"tagged_by" uuid NOT NULL,
	"tagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_theme_session_id_target_theme_id_pk" PRIMARY KEY("session_id","target","theme_id")
);
--> statement-breakpoint
ALTER TABLE "practice_theme" ADD CONSTRAINT "practice_theme_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_theme" ADD CONSTRAINT "practice_theme_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_session_fk" FOREIGN KEY ("engagement_id","session_id") REFERENCES "public"."coaching_session"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_theme" ADD CONSTRAINT "session_theme_theme_id_practice_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."practice_theme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_theme" ADD CONSTRAINT "session_theme_tagged_by_user_id_fk" FOREIGN KEY ("tagged_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_theme" ADD CONSTRAINT "session_theme_session_fk" FOREIGN KEY ("engagement_id","session_id") REFERENCES "public"."coaching_session"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_theme_label_key" ON "practice_theme" USING btree ("practice_id",lower("label"));--> statement-breakpoint
CREATE INDEX "session_commitment_engagement_idx" ON "session_commitment" USING btree ("engagement_id","due_on");--> statement-breakpoint
CREATE INDEX "session_commitment_session_idx" ON "session_commitment" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "session_theme_engagement_idx" ON "session_theme" USING btree ("engagement_id","theme_id");--> statement-breakpoint
ALTER TABLE "action_plan_version" ADD CONSTRAINT "action_plan_version_session_fk" FOREIGN KEY ("engagement_id","session_id") REFERENCES "public"."coaching_session"("engagement_id","id") ON DELETE no action ON UPDATE no action;