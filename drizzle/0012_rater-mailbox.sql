DROP INDEX "feedback_rater_email_unique";--> statement-breakpoint
ALTER TABLE "feedback_rater" ADD COLUMN "mailbox" text;--> statement-breakpoint
ALTER TABLE "feedback_rater" ADD COLUMN "added_late" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_rater" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "feedback_rater" ADD CONSTRAINT "feedback_rater_approved_by_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The mailbox of every address already listed, as domain/feedback/mailbox.ts reduces it:
-- lowercased, without a +tag, and for Gmail without dots and under one domain.
UPDATE "feedback_rater" r SET "mailbox" = coalesce((
  SELECT CASE WHEN domain IN ('gmail.com', 'googlemail.com')
    THEN replace(local, '.', '') || '@gmail.com'
    ELSE local || '@' || domain END
  FROM (
    SELECT CASE WHEN position('+' IN l) > 1 THEN split_part(l, '+', 1) ELSE l END AS local,
      d AS domain
    FROM (
      SELECT substring(a FROM '^(.*)@[^@]*$') AS l, substring(a FROM '@([^@]*)$') AS d
      FROM (SELECT lower(trim(r.email)) AS a) AS address
    ) AS parts
  ) AS tagless
), lower(trim(r.email)));--> statement-breakpoint
-- Lists made before this rule may hold one mailbox twice; those raters stay as they are, and
-- the later of them is told apart so that the index can be built.
UPDATE "feedback_rater" r SET "mailbox" = r."mailbox" || '#' || r.id
FROM (
  SELECT id, row_number() OVER (PARTITION BY campaign_id, mailbox ORDER BY created_at, id) AS n
  FROM "feedback_rater"
) AS repeated
WHERE repeated.id = r.id AND repeated.n > 1;--> statement-breakpoint
ALTER TABLE "feedback_rater" ALTER COLUMN "mailbox" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_rater_mailbox_unique" ON "feedback_rater" USING btree ("campaign_id","mailbox");--> statement-breakpoint
UPDATE "feedback_rater" r SET "added_late" = true
FROM "feedback_campaign" c
WHERE c.id = r.campaign_id AND c.invited_at IS NOT NULL AND r.created_at > c.invited_at;--> statement-breakpoint
-- A rater added late who waits for approval has no link: not invited, so not counted.
CREATE OR REPLACE FUNCTION keel_recount_rater() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT (OLD.added_late AND OLD.token_hash IS NULL) THEN
    PERFORM keel_count_rater(OLD.campaign_id, OLD."group", OLD.completed, -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NOT (NEW.added_late AND NEW.token_hash IS NULL) THEN
    PERFORM keel_count_rater(NEW.campaign_id, NEW."group", NEW.completed, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER "feedback_rater_counts" ON "feedback_rater";--> statement-breakpoint
CREATE TRIGGER feedback_rater_counts
  AFTER INSERT OR DELETE OR UPDATE OF campaign_id, "group", completed, added_late, token_hash
  ON "feedback_rater" FOR EACH ROW EXECUTE FUNCTION keel_recount_rater();
