DROP INDEX "goal_milestone_open_idx";--> statement-breakpoint
CREATE INDEX "goal_milestone_engagement_idx" ON "goal_milestone" USING btree ("engagement_id","due_on");