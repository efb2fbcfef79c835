DROP INDEX "engagement_practice_idx";--> statement-breakpoint
DROP INDEX "engagement_coach_idx";--> statement-breakpoint
DROP INDEX "engagement_client_idx";--> statement-breakpoint
DROP INDEX "engagement_sponsor_idx";--> statement-breakpoint
CREATE INDEX "engagement_practice_list_idx" ON "engagement" USING btree ("practice_id","start_date","id");--> statement-breakpoint
CREATE INDEX "engagement_coach_list_idx" ON "engagement" USING btree ("coach_id","start_date","id");--> statement-breakpoint
CREATE INDEX "engagement_client_list_idx" ON "engagement" USING btree ("client_id","start_date","id");--> statement-breakpoint
CREATE INDEX "engagement_sponsor_list_idx" ON "engagement" USING btree ("sponsor_id","start_date","id");