CREATE TABLE "engagement_agreement" (
	"engagement_id" uuid PRIMARY KEY NOT NULL,
	"terms" jsonb NOT NULL,
	"accepted_by" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"in_force" jsonb,
	"in_force_at" timestamp with time zone,
	"sponsor_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_agreement" ADD CONSTRAINT "engagement_agreement_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_agreement" ADD CONSTRAINT "engagement_agreement_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;