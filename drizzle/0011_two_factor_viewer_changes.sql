-- Whether a person has two-factor sign-in on, and whether their practice requires it of coaches,
-- are part of the viewer each process keeps (docs/decisions/012 and 014): changes to them are
-- announced like a change of name.
DROP TRIGGER user_viewer_change ON "user";
--> statement-breakpoint
CREATE TRIGGER user_viewer_change AFTER UPDATE OF name, email, two_factor_enabled OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION keel_announce_viewer_change('user', 'id');
--> statement-breakpoint
DROP TRIGGER practice_viewer_change ON "practice";
--> statement-breakpoint
CREATE TRIGGER practice_viewer_change AFTER UPDATE OF name, require_two_factor_for_coaches OR DELETE ON "practice"
  FOR EACH ROW EXECUTE FUNCTION keel_announce_viewer_change('practice', 'id');
