import type { ComponentType } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { LoadingState } from "../components/ui/loading-state";
import { AppShell } from "./app-shell";
import { NotFoundPage } from "./not-found-page";
import { isAdmin, isCoach, RequireAuth, RequireRole } from "./require-auth";
import { RouteErrorPage } from "./route-error-page";

/**
 * A page loaded on demand: its code is fetched the first time someone opens it, so the first
 * load carries only the app's frame. Until the page's code arrives on a first visit, the frame
 * shows a loading line where the page will be.
 */
function page(
  load: () => Promise<ComponentType>,
): Pick<RouteObject, "lazy" | "hydrateFallbackElement"> {
  return {
    lazy: async () => ({ Component: await load() }),
    hydrateFallbackElement: <LoadingState className="py-24" />,
  };
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          index: true,
          ...page(async () => (await import("../features/home/pages/home-page")).HomePage),
        },
        {
          path: "sign-in",
          ...page(async () => (await import("../features/auth/pages/sign-in-page")).SignInPage),
        },
        {
          path: "sign-up",
          ...page(async () => (await import("../features/auth/pages/sign-up-page")).SignUpPage),
        },
        {
          path: "forgot-password",
          ...page(
            async () =>
              (await import("../features/auth/pages/forgot-password-page")).ForgotPasswordPage,
          ),
        },
        {
          path: "verify-address",
          ...page(
            async () =>
              (await import("../features/auth/pages/verify-address-page")).VerifyAddressPage,
          ),
        },
        {
          path: "reset-password",
          ...page(
            async () =>
              (await import("../features/auth/pages/reset-password-page")).ResetPasswordPage,
          ),
        },
        {
          path: "invitations/:token",
          ...page(
            async () =>
              (await import("../features/invitations/pages/accept-invitation-page"))
                .AcceptInvitationPage,
          ),
        },
        {
          path: "feedback/:token",
          ...page(
            async () => (await import("../features/feedback-survey/pages/survey-page")).SurveyPage,
          ),
        },
        {
          element: <RequireAuth />,
          children: [
            {
              path: "engagements",
              ...page(
                async () =>
                  (await import("../features/engagements/pages/engagements-page")).EngagementsPage,
              ),
            },
            {
              path: "engagements/:id",
              ...page(
                async () =>
                  (await import("../features/engagements/pages/engagement-page")).EngagementPage,
              ),
            },
            {
              path: "engagements/:id/development-profile",
              ...page(
                async () =>
                  (await import("../features/development/pages/development-profile-page"))
                    .DevelopmentProfilePage,
              ),
            },
            {
              path: "exercises/:id",
              ...page(
                async () =>
                  (await import("../features/exercises/pages/exercise-page")).ExercisePage,
              ),
            },
            {
              path: "assessments/:id",
              ...page(
                async () =>
                  (await import("../features/assessments/pages/take-assessment-page"))
                    .TakeAssessmentPage,
              ),
            },
            {
              path: "assessments/:id/results",
              ...page(
                async () =>
                  (await import("../features/assessments/pages/assessment-results-page"))
                    .AssessmentResultsPage,
              ),
            },
            {
              path: "feedback-campaigns/:id",
              ...page(
                async () => (await import("../features/feedback/pages/campaign-page")).CampaignPage,
              ),
            },
            {
              path: "feedback-campaigns/:id/self-rating",
              ...page(
                async () =>
                  (await import("../features/feedback/pages/self-rating-page")).SelfRatingPage,
              ),
            },
            {
              // Everyone's own two-factor sign-in; the practice's settings for its admin.
              path: "settings",
              ...page(
                async () => (await import("../features/settings/pages/settings-page")).SettingsPage,
              ),
            },
            {
              path: "feedback-campaigns/:id/report",
              ...page(
                async () => (await import("../features/feedback/pages/report-page")).ReportPage,
              ),
            },
            {
              element: <RequireRole allow={isCoach} />,
              children: [
                {
                  path: "engagements/new",
                  ...page(
                    async () =>
                      (await import("../features/engagements/pages/new-engagement-page"))
                        .NewEngagementPage,
                  ),
                },
                {
                  path: "invitations",
                  ...page(
                    async () =>
                      (await import("../features/invitations/pages/invitations-page"))
                        .InvitationsPage,
                  ),
                },
                {
                  path: "clients/invite",
                  ...page(
                    async () =>
                      (await import("../features/invitations/pages/invite-page")).InviteClientPage,
                  ),
                },
                {
                  path: "sponsors/invite",
                  ...page(
                    async () =>
                      (await import("../features/invitations/pages/invite-page")).InviteSponsorPage,
                  ),
                },
                {
                  path: "feedback-campaigns",
                  ...page(
                    async () =>
                      (await import("../features/feedback/pages/campaign-dashboard-page"))
                        .CampaignDashboardPage,
                  ),
                },
                {
                  path: "competency-models",
                  ...page(
                    async () =>
                      (await import("../features/competency-models/pages/competency-models-page"))
                        .CompetencyModelsPage,
                  ),
                },
                {
                  path: "competency-models/:id",
                  ...page(
                    async () =>
                      (await import("../features/competency-models/pages/competency-model-page"))
                        .CompetencyModelPage,
                  ),
                },
                {
                  path: "exercise-templates",
                  ...page(
                    async () =>
                      (await import("../features/exercises/pages/exercise-templates-page"))
                        .ExerciseTemplatesPage,
                  ),
                },
                {
                  path: "exercise-templates/new",
                  ...page(
                    async () =>
                      (await import("../features/exercises/pages/template-editor-page"))
                        .TemplateEditorPage,
                  ),
                },
                {
                  path: "exercise-templates/:id/edit",
                  ...page(
                    async () =>
                      (await import("../features/exercises/pages/template-editor-page"))
                        .TemplateEditorPage,
                  ),
                },
              ],
            },
            {
              element: <RequireRole allow={isAdmin} />,
              children: [
                {
                  path: "team",
                  ...page(async () => (await import("../features/team/pages/team-page")).TeamPage),
                },
                {
                  path: "outbox/:id?",
                  ...page(
                    async () => (await import("../features/outbox/pages/outbox-page")).OutboxPage,
                  ),
                },
              ],
            },
          ],
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
