CREATE TYPE "public"."article_status" AS ENUM('draft', 'scheduled', 'published');--> statement-breakpoint
CREATE TYPE "public"."article_reply_status" AS ENUM('held', 'approved', 'hidden');--> statement-breakpoint
CREATE TABLE "article" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"author_id" uuid,
	"series_id" uuid,
	"series_position" integer,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" "article_status" DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"next_title" text,
	"next_planned_on" date,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_scheduled_has_time" CHECK ("article"."status" <> 'scheduled' or "article"."publish_at" is not null),
	CONSTRAINT "article_published_has_time" CHECK ("article"."status" <> 'published' or "article"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "article_reply" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"body" text NOT NULL,
	"status" "article_reply_status" DEFAULT 'held' NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reply_block" (
	"practice_id" uuid NOT NULL,
	"email" text NOT NULL,
	"blocked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reply_block_practice_id_email_pk" PRIMARY KEY("practice_id","email")
);
--> statement-breakpoint
ALTER TABLE "article" ADD CONSTRAINT "article_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article" ADD CONSTRAINT "article_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article" ADD CONSTRAINT "article_series_id_article_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."article_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_reply" ADD CONSTRAINT "article_reply_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_series" ADD CONSTRAINT "article_series_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_block" ADD CONSTRAINT "reply_block_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_block" ADD CONSTRAINT "reply_block_blocked_by_user_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "article_practice_slug_key" ON "article" USING btree ("practice_id","slug");--> statement-breakpoint
CREATE INDEX "article_practice_published_idx" ON "article" USING btree ("practice_id","status","published_at");--> statement-breakpoint
CREATE INDEX "article_due_idx" ON "article" USING btree ("publish_at") WHERE "article"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "article_unnotified_idx" ON "article" USING btree ("published_at") WHERE "article"."status" = 'published' and "article"."notified_at" is null;--> statement-breakpoint
CREATE INDEX "article_series_idx" ON "article" USING btree ("series_id","series_position");--> statement-breakpoint
CREATE INDEX "article_reply_article_idx" ON "article_reply" USING btree ("article_id","status","created_at");--> statement-breakpoint
CREATE INDEX "article_reply_email_idx" ON "article_reply" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "article_series_practice_slug_key" ON "article_series" USING btree ("practice_id","slug");