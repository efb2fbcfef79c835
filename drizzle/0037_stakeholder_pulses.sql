CREATE TYPE "public"."pulse_round_status" AS ENUM('open', 'closed', 'skipped');--> statement-breakpoint
CREATE TABLE "pulse_feedforward" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_invitee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"stakeholder_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"sealed_answers" text,
	"completed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pulse_invitee_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "pulse_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"submitted_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" "pulse_round_status" NOT NULL,
	"skipped_because" text,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"threshold" integer DEFAULT 3 NOT NULL,
	"opened_on" date,
	"closes_at" timestamp with time zone,
	"closed_on" date,
	"invited" integer DEFAULT 0 NOT NULL,
	"reminded_at" timestamp with time zone,
	"answers_left_out" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_settings" (
	"engagement_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"every_weeks" integer DEFAULT 4 NOT NULL,
	"questions" jsonb NOT NULL,
	"anchor" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_settings_every_weeks" CHECK ("pulse_settings"."every_weeks" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "pulse_stakeholder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"mailbox" text NOT NULL,
	"relationship" text DEFAULT '' NOT NULL,
	"added_by" uuid NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pulse_feedforward" ADD CONSTRAINT "pulse_feedforward_round_id_pulse_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pulse_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitee" ADD CONSTRAINT "pulse_invitee_round_id_pulse_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pulse_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitee" ADD CONSTRAINT "pulse_invitee_stakeholder_id_pulse_stakeholder_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."pulse_stakeholder"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_response" ADD CONSTRAINT "pulse_response_round_id_pulse_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."pulse_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_round" ADD CONSTRAINT "pulse_round_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_settings" ADD CONSTRAINT "pulse_settings_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_settings" ADD CONSTRAINT "pulse_settings_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_stakeholder" ADD CONSTRAINT "pulse_stakeholder_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_stakeholder" ADD CONSTRAINT "pulse_stakeholder_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_stakeholder" ADD CONSTRAINT "pulse_stakeholder_approved_by_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pulse_feedforward_round_idx" ON "pulse_feedforward" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_invitee_round_stakeholder" ON "pulse_invitee" USING btree ("round_id","stakeholder_id");--> statement-breakpoint
CREATE INDEX "pulse_response_round_idx" ON "pulse_response" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_round_due_key" ON "pulse_round" USING btree ("engagement_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_round_one_open" ON "pulse_round" USING btree ("engagement_id") WHERE "pulse_round"."status" = 'open';--> statement-breakpoint
CREATE INDEX "pulse_round_closing_idx" ON "pulse_round" USING btree ("status","closes_at");--> statement-breakpoint
CREATE INDEX "pulse_stakeholder_engagement_idx" ON "pulse_stakeholder" USING btree ("engagement_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_stakeholder_mailbox_unique" ON "pulse_stakeholder" USING btree ("engagement_id","mailbox") WHERE "pulse_stakeholder"."removed_at" is null;