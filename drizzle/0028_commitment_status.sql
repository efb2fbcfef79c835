CREATE TYPE "public"."commitment_status" AS ENUM('open', 'done', 'partly_done', 'not_done');--> statement-breakpoint
CREATE TABLE "commitment_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_commitment" ALTER COLUMN "session_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD COLUMN "goal_id" uuid;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD COLUMN "status" "commitment_status" DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD COLUMN "marked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD COLUMN "marked_by" uuid;--> statement-breakpoint
ALTER TABLE "commitment_comment" ADD CONSTRAINT "commitment_comment_commitment_id_session_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."session_commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_comment" ADD CONSTRAINT "commitment_comment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_comment_commitment_idx" ON "commitment_comment" USING btree ("commitment_id","created_at");--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_marked_by_user_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_goal_fk" FOREIGN KEY ("engagement_id","goal_id") REFERENCES "public"."goal"("engagement_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_commitment" ADD CONSTRAINT "session_commitment_marked" CHECK (("session_commitment"."status" = 'open') = ("session_commitment"."marked_at" is null));--> statement-breakpoint
-- Commitments ticked off before they had a status were done, when they were ticked.
UPDATE "session_commitment" SET "status" = 'done', "marked_at" = "done_at" WHERE "done_at" IS NOT NULL;
