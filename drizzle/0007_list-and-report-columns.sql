DROP INDEX "assessment_norms_idx";--> statement-breakpoint
DROP INDEX "feedback_rater_campaign_idx";--> statement-breakpoint
ALTER TABLE "feedback_campaign" ALTER COLUMN "report" SET DATA TYPE json USING "report"::json;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD COLUMN "model_name" text GENERATED ALWAYS AS (model->>'name') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD COLUMN "report_for_proposals" jsonb;--> statement-breakpoint
CREATE INDEX "assessment_norms_idx" ON "assessment" USING btree ("practice_id","instrument_id","submitted_at") WHERE "assessment"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "feedback_rater_campaign_idx" ON "feedback_rater" USING btree ("campaign_id","group","completed");--> statement-breakpoint
UPDATE "feedback_campaign" SET "report_for_proposals" = jsonb_build_object(
  'competencies', "report" -> 'competencies',
  'blindSpots', "report" -> 'blindSpots',
  'hiddenStrengths', "report" -> 'hiddenStrengths',
  'scale', "report" -> 'scale')
WHERE "report" IS NOT NULL;
