CREATE TABLE "check_in_reply" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_in_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_in_reply" ADD CONSTRAINT "check_in_reply_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_reply" ADD CONSTRAINT "check_in_reply_check_in_fk" FOREIGN KEY ("engagement_id","check_in_id") REFERENCES "public"."check_in"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_in_reply_check_in_idx" ON "check_in_reply" USING btree ("check_in_id","created_at");