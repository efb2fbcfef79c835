-- Each Keel process keeps the sessions it has verified (docs/decisions/012). These triggers
-- announce every change that could make one of them wrong: a session renewed or ended, a person
-- renamed or removed, a membership made, changed or ended, a practice renamed or removed.
CREATE FUNCTION keel_announce_viewer_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END);
BEGIN
  PERFORM pg_notify('keel_viewer_changes', TG_ARGV[0] || ':' || (changed ->> TG_ARGV[1]));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER session_viewer_change AFTER UPDATE OF token, expires_at, user_id OR DELETE ON "session"
  FOR EACH ROW EXECUTE FUNCTION keel_announce_viewer_change('user', 'user_id');
--> statement-breakpoint
CREATE TRIGGER user_viewer_change AFTER UPDATE OF name, email OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION keel_announce_viewer_change('user', 'id');
--> statement-breakpoint
CREATE TRIGGER membership_viewer_change AFTER INSERT OR UPDATE OR DELETE ON "membership"
  FOR EACH ROW EXECUTE FUNCTION keel_announce_viewer_change('user', 'user_id');
--> statement-breakpoint
CREATE TRIGGER practice_viewer_change AFTER UPDATE OF name OR DELETE ON "practice"
  FOR EACH ROW EXECUTE FUNCTION keel_announce_viewer_change('practice', 'id');
