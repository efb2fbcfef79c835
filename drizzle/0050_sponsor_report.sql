CREATE TYPE "public"."sponsor_report_frequency" AS ENUM('monthly', 'quarterly', 'off');--> statement-breakpoint
CREATE TYPE "public"."sponsor_report_outcome" AS ENUM('mailed', 'skipped');--> statement-breakpoint
ALTER TYPE "public"."mail_topic" ADD VALUE 'sponsor_report';--> statement-breakpoint
CREATE TABLE "sponsor_report_mailing" (
	"programme_id" uuid NOT NULL,
	"sponsor_id" uuid NOT NULL,
	"day" date NOT NULL,
	"outcome" "sponsor_report_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sponsor_report_mailing_programme_id_sponsor_id_day_pk" PRIMARY KEY("programme_id","sponsor_id","day")
);
--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "sponsor_report" "sponsor_report_frequency" DEFAULT 'monthly' NOT NULL;--> statement-breakpoint
ALTER TABLE "sponsor_report_mailing" ADD CONSTRAINT "sponsor_report_mailing_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsor_report_mailing" ADD CONSTRAINT "sponsor_report_mailing_sponsor_id_user_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;