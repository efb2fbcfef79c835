CREATE TABLE "feedback_rater_counts" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"counts" integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_rater_counts" ADD CONSTRAINT "feedback_rater_counts_campaign_id_feedback_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."feedback_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Each campaign's row is made with it; each change to a rater's campaign, group or answer moves
-- the counts. Increments, not recounts: two raters answering at once each add their one.
CREATE FUNCTION keel_open_rater_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO feedback_rater_counts (campaign_id, counts)
  VALUES (NEW.id, array_fill(0, ARRAY[2 * cardinality(enum_range(NULL::rater_group))]));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER feedback_campaign_rater_counts AFTER INSERT ON "feedback_campaign"
  FOR EACH ROW EXECUTE FUNCTION keel_open_rater_counts();
--> statement-breakpoint
CREATE FUNCTION keel_count_rater(campaign uuid, rater rater_group, answered boolean, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  slot integer := 2 * array_position(enum_range(NULL::rater_group), rater) - 1;
BEGIN
  UPDATE feedback_rater_counts
  SET counts[slot] = counts[slot] + delta,
      counts[slot + 1] = counts[slot + 1] + CASE WHEN answered THEN delta ELSE 0 END
  WHERE campaign_id = campaign;
END
$$;
--> statement-breakpoint
CREATE FUNCTION keel_recount_rater() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM keel_count_rater(OLD.campaign_id, OLD."group", OLD.completed, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM keel_count_rater(NEW.campaign_id, NEW."group", NEW.completed, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER feedback_rater_counts AFTER INSERT OR DELETE OR UPDATE OF campaign_id, "group", completed
  ON "feedback_rater" FOR EACH ROW EXECUTE FUNCTION keel_recount_rater();
--> statement-breakpoint
INSERT INTO feedback_rater_counts (campaign_id, counts)
SELECT c.id, (
  SELECT array_agg(
    (SELECT count(*) FROM feedback_rater r
      WHERE r.campaign_id = c.id AND r."group" = g.name AND (NOT slot.answered OR r.completed))::integer
    ORDER BY g.position, slot.answered)
  FROM unnest(enum_range(NULL::rater_group)) WITH ORDINALITY AS g(name, position)
  CROSS JOIN (VALUES (false), (true)) AS slot(answered)
)
FROM feedback_campaign c;
