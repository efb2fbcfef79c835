CREATE TYPE "public"."development_entry_kind" AS ENUM('strength', 'development_area', 'blind_spot', 'hidden_strength');--> statement-breakpoint
CREATE TABLE "development_dismissal" (
	"engagement_id" uuid NOT NULL,
	"proposal_key" text NOT NULL,
	"dismissed_by" uuid NOT NULL,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "development_dismissal_engagement_id_proposal_key_pk" PRIMARY KEY("engagement_id","proposal_key")
);
--> statement-breakpoint
CREATE TABLE "development_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"kind" "development_entry_kind" NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"proposal_key" text,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "development_dismissal" ADD CONSTRAINT "development_dismissal_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_dismissal" ADD CONSTRAINT "development_dismissal_dismissed_by_user_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_entry" ADD CONSTRAINT "development_entry_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_entry" ADD CONSTRAINT "development_entry_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_entry" ADD CONSTRAINT "development_entry_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "development_entry_engagement_idx" ON "development_entry" USING btree ("engagement_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "development_entry_proposal_idx" ON "development_entry" USING btree ("engagement_id","proposal_key") WHERE "development_entry"."proposal_key" is not null;