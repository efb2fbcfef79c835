import { PracticeEarlyWarningsCard } from "../features/accountability/components/early-warning-cards";
import { CoachCapacityCard } from "../features/programmes/components/coach-capacity-card";
import { CoachProfileCard } from "../features/programmes/components/coach-profile-card";
import { AvailabilityCard } from "../features/sessions/components/availability-card";
import { CalendarFeedCard } from "../features/sessions/components/calendar-feed-card";
import { SettingsPage } from "../features/settings/pages/settings-page";
import { useCurrentUser } from "../lib/use-me";

/**
 * The settings page with the person's settings of the sessions (hours and calendar feed) and,
 * for the admin, the practice's early-warning thresholds.
 */
export function SettingsRoute() {
  const me = useCurrentUser();
  return (
    <SettingsPage
      personalCards={
        <>
          {me.role === "coach" ? <AvailabilityCard /> : null}
          {me.role === "coach" ? <CoachProfileCard /> : null}
          {me.role === "sponsor" ? null : <CalendarFeedCard />}
        </>
      }
      practiceCards={
        <>
          <PracticeEarlyWarningsCard />
          <CoachCapacityCard />
        </>
      }
    />
  );
}
