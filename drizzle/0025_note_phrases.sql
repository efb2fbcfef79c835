CREATE TYPE "public"."note_phrase_source" AS ENUM('shared', 'feedback', 'reflection', 'private');--> statement-breakpoint
CREATE TABLE "note_phrase" (
	"engagement_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"source" "note_phrase_source" NOT NULL,
	"author_id" uuid NOT NULL,
	"phrase" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "note_phrase_session_id_source_author_id_phrase_pk" PRIMARY KEY("session_id","source","author_id","phrase")
);
--> statement-breakpoint
ALTER TABLE "note_phrase" ADD CONSTRAINT "note_phrase_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_phrase" ADD CONSTRAINT "note_phrase_session_fk" FOREIGN KEY ("engagement_id","session_id") REFERENCES "public"."coaching_session"("engagement_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "note_phrase_engagement_idx" ON "note_phrase" USING btree ("engagement_id","phrase");