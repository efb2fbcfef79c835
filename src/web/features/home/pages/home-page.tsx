import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useMe } from "../../../lib/use-me";
import { ClientHome } from "../components/client-home";
import { CoachHome } from "../components/coach-home";
import { Landing } from "../components/landing";
import { SponsorHome } from "../components/sponsor-home";

/** "/": the landing page when signed out, otherwise the home of the person's role. */
export function HomePage() {
  const { data: me, isPending, error, refetch } = useMe();
  useDocumentTitle(me ? "Home" : "Leadership coaching");

  if (isPending) return <LoadingState label="Loading…" className="py-24" />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) return <Landing />;
  if (me.role === "client") return <ClientHome me={me} />;
  if (me.role === "sponsor") return <SponsorHome me={me} />;
  return <CoachHome me={me} />;
}
