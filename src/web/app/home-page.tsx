import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/ui/loading-state";
import { ClientsWhoNeedYou } from "../features/accountability/components/clients-who-need-you";
import { GoalsAtRisk } from "../features/goals/components/goals-at-risk";
import { CoachHome } from "../features/home/components/coach-home";
import { Landing } from "../features/home/components/landing";
import { SponsorHome } from "../features/home/components/sponsor-home";
import { useDocumentTitle } from "../lib/use-document-title";
import { useMe } from "../lib/use-me";
import { ClientHome } from "./client-home";

/** "/": the landing page when signed out, otherwise the home of the person's role. */
export function HomePage() {
  const { data: me, isPending, error, refetch } = useMe();
  useDocumentTitle(me ? "Home" : "Leadership coaching");

  if (isPending) return <LoadingState label="Loading…" className="py-24" />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) return <Landing />;
  if (me.role === "client") return <ClientHome me={me} />;
  if (me.role === "sponsor") return <SponsorHome me={me} />;
  return (
    <CoachHome
      me={me}
      attention={
        <>
          <ClientsWhoNeedYou />
          <GoalsAtRisk />
        </>
      }
    />
  );
}
