CREATE TYPE "public"."mail_topic" AS ENUM('work_assigned', 'feedback_updates');--> statement-breakpoint
CREATE TABLE "mail_preference" (
	"user_id" uuid NOT NULL,
	"topic" "mail_topic" NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_preference_user_id_topic_pk" PRIMARY KEY("user_id","topic")
);
--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "announced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exercise" ADD COLUMN "announced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_preference" ADD CONSTRAINT "mail_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- What was assigned before clients were mailed about their work is not announced now, months late.
UPDATE "assessment" SET "announced_at" = "created_at";--> statement-breakpoint
UPDATE "exercise" SET "announced_at" = "created_at";
