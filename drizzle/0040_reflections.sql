CREATE TYPE "public"."reflection_author_role" AS ENUM('coach', 'client');--> statement-breakpoint
CREATE TABLE "reflection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"point_key" text NOT NULL,
	"author_role" "reflection_author_role" NOT NULL,
	"author_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"shared_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reflection_engagement_idx" ON "reflection" USING btree ("engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reflection_one_per_side" ON "reflection" USING btree ("engagement_id","point_key","author_role");