ALTER TABLE "feedback_campaign" ALTER COLUMN "report" SET DATA TYPE json USING "report"::json;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD COLUMN "model_name" text GENERATED ALWAYS AS (model->>'name') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_campaign" ADD COLUMN "report_for_proposals" jsonb;--> statement-breakpoint
UPDATE "feedback_campaign" SET "report_for_proposals" = jsonb_build_object(
  'competencies', "report" -> 'competencies',
  'blindSpots', "report" -> 'blindSpots',
  'hiddenStrengths', "report" -> 'hiddenStrengths',
  'scale', "report" -> 'scale')
WHERE "report" IS NOT NULL;
