CREATE TABLE "engagement_fact_version" (
	"engagement_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_profile" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"capacity" integer DEFAULT 10 NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_profile_capacity_range" CHECK ("coach_profile"."capacity" between 0 and 200)
);
--> statement-breakpoint
CREATE TABLE "coach_shortlist" (
	"participant_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_shortlist_participant_id_coach_id_pk" PRIMARY KEY("participant_id","coach_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_coach_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"from_coach_id" uuid,
	"to_coach_id" uuid,
	"changed_by" uuid,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_participant" ADD COLUMN "engagement_id" uuid;--> statement-breakpoint
ALTER TABLE "coach_profile" ADD CONSTRAINT "coach_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_profile" ADD CONSTRAINT "coach_profile_practice_id_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_shortlist" ADD CONSTRAINT "coach_shortlist_participant_id_programme_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_shortlist" ADD CONSTRAINT "coach_shortlist_coach_id_user_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_coach_change" ADD CONSTRAINT "engagement_coach_change_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_coach_change" ADD CONSTRAINT "engagement_coach_change_from_coach_id_user_id_fk" FOREIGN KEY ("from_coach_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_coach_change" ADD CONSTRAINT "engagement_coach_change_to_coach_id_user_id_fk" FOREIGN KEY ("to_coach_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_coach_change" ADD CONSTRAINT "engagement_coach_change_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coach_profile_practice_idx" ON "coach_profile" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "coach_shortlist_coach_idx" ON "coach_shortlist" USING btree ("coach_id");--> statement-breakpoint
CREATE INDEX "engagement_coach_change_engagement_idx" ON "engagement_coach_change" USING btree ("engagement_id","at");--> statement-breakpoint
ALTER TABLE "programme_participant" ADD CONSTRAINT "programme_participant_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant" ADD CONSTRAINT "programme_participant_engagement_unique" UNIQUE("engagement_id");--> statement-breakpoint
-- Whatever the coach's home and the patterns view read of an engagement moves its number, in the writing
-- transaction (docs/decisions/033): what was found from its records is kept while it stays.
CREATE FUNCTION keel_move_engagement_facts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.engagement_id ELSE NEW.engagement_id END;
BEGIN
  INSERT INTO engagement_fact_version AS v (engagement_id, version) VALUES (changed, 1)
  ON CONFLICT (engagement_id) DO UPDATE SET version = v.version + 1;
  IF TG_OP = 'UPDATE' AND OLD.engagement_id IS DISTINCT FROM NEW.engagement_id THEN
    INSERT INTO engagement_fact_version AS v (engagement_id, version) VALUES (OLD.engagement_id, 1)
    ON CONFLICT (engagement_id) DO UPDATE SET version = v.version + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION keel_move_engagement_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO engagement_fact_version AS v (engagement_id, version)
  VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, 1)
  ON CONFLICT (engagement_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "engagement"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_row();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "check_in_schedule"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "check_in_mailing"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "check_in"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "check_in_goal"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "goal"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "goal_measurement"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "goal_milestone"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "session_commitment"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "coaching_session"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "session_reflection"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "note_phrase"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "session_theme"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "action_plan_version"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
--> statement-breakpoint
CREATE TRIGGER engagement_facts AFTER INSERT OR DELETE OR UPDATE ON "feedback_campaign"
  FOR EACH ROW EXECUTE FUNCTION keel_move_engagement_facts();
