import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import type { Me } from "../../contract/accounts";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/ui/loading-state";
import { useCurrentUser, useMe } from "../lib/use-me";
import { ForbiddenPage } from "./forbidden-page";

export const TWO_FACTOR_SET_UP_PATH = "/settings";

/** Renders the child routes for signed-in people; sends everyone else to /sign-in. */
export function RequireAuth() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();

  if (isPending) return <LoadingState label="Loading your workspace…" className="py-24" />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  // The practice requires two-factor sign-in and this coach has not turned it on: the API
  // refuses everything else, so the settings page explains and sets it up.
  if (me.twoFactorSetUpRequired && location.pathname !== TWO_FACTOR_SET_UP_PATH) {
    return <Navigate to={TWO_FACTOR_SET_UP_PATH} replace />;
  }
  return <Outlet />;
}

/**
 * Shows its children (or, as a layout route, its child routes) only to people the rule allows,
 * and a "no access" page to others.
 */
export function RequireRole({
  allow,
  children,
}: {
  allow: (me: Me) => boolean;
  children?: ReactNode;
}) {
  const me = useCurrentUser();
  if (!allow(me)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
