import { createBrowserRouter } from "react-router";
import { ForgotPasswordPage } from "../features/auth/pages/forgot-password-page";
import { ResetPasswordPage } from "../features/auth/pages/reset-password-page";
import { SignInPage } from "../features/auth/pages/sign-in-page";
import { SignUpPage } from "../features/auth/pages/sign-up-page";
import { EngagementPage } from "../features/engagements/pages/engagement-page";
import { EngagementsPage } from "../features/engagements/pages/engagements-page";
import { NewEngagementPage } from "../features/engagements/pages/new-engagement-page";
import { HomePage } from "../features/home/pages/home-page";
import { AcceptInvitationPage } from "../features/invitations/pages/accept-invitation-page";
import { InvitationsPage } from "../features/invitations/pages/invitations-page";
import { InvitePage } from "../features/invitations/pages/invite-page";
import { OutboxPage } from "../features/outbox/pages/outbox-page";
import { TeamPage } from "../features/team/pages/team-page";
import { AppShell } from "./app-shell";
import { NotFoundPage } from "./not-found-page";
import { isAdmin, isCoach, RequireAuth, RequireRole } from "./require-auth";
import { RouteErrorPage } from "./route-error-page";

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        { path: "sign-in", element: <SignInPage /> },
        { path: "sign-up", element: <SignUpPage /> },
        { path: "forgot-password", element: <ForgotPasswordPage /> },
        { path: "reset-password", element: <ResetPasswordPage /> },
        { path: "invitations/:token", element: <AcceptInvitationPage /> },
        {
          element: <RequireAuth />,
          children: [
            { path: "engagements", element: <EngagementsPage /> },
            {
              path: "engagements/new",
              element: (
                <RequireRole allow={isCoach}>
                  <NewEngagementPage />
                </RequireRole>
              ),
            },
            { path: "engagements/:id", element: <EngagementPage /> },
            {
              path: "invitations",
              element: (
                <RequireRole allow={isCoach}>
                  <InvitationsPage />
                </RequireRole>
              ),
            },
            {
              path: "clients/invite",
              element: (
                <RequireRole allow={isCoach}>
                  <InvitePage inviteRole="client" key="client" />
                </RequireRole>
              ),
            },
            {
              path: "sponsors/invite",
              element: (
                <RequireRole allow={isCoach}>
                  <InvitePage inviteRole="sponsor" key="sponsor" />
                </RequireRole>
              ),
            },
            {
              path: "team",
              element: (
                <RequireRole allow={isAdmin}>
                  <TeamPage />
                </RequireRole>
              ),
            },
            {
              path: "outbox/:id?",
              element: (
                <RequireRole allow={isAdmin}>
                  <OutboxPage />
                </RequireRole>
              ),
            },
          ],
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
