CREATE TYPE "public"."mail_digest_outcome" AS ENUM('mailed', 'skipped');--> statement-breakpoint
ALTER TYPE "public"."mail_topic" ADD VALUE 'coach_digest';--> statement-breakpoint
CREATE TABLE "mail_digest_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"practice_id" uuid,
	"topic" "mail_topic" NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_digest_week" (
	"user_id" uuid NOT NULL,
	"week" date NOT NULL,
	"outcome" "mail_digest_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_digest_week_user_id_week_pk" PRIMARY KEY("user_id","week")
);
--> statement-breakpoint
ALTER TABLE "mail_preference" ADD COLUMN "digest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_digest_item" ADD CONSTRAINT "mail_digest_item_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_digest_item" ADD CONSTRAINT "mail_digest_item_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_digest_week" ADD CONSTRAINT "mail_digest_week_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_digest_item_user_idx" ON "mail_digest_item" USING btree ("user_id","created_at");