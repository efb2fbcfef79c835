import type { ComponentType } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { LoadingState } from "../components/ui/loading-state";
import { isAdmin, isCoach } from "../lib/roles";
import { AppShell } from "./app-shell";
import { NotFoundPage } from "./not-found-page";
import { RequireAuth, RequireRole } from "./require-auth";
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

function route(path: string, load: () => Promise<ComponentType>): RouteObject {
  return { path, ...page(load) };
}

/** Pages anyone may open: signing in, and the links that mail carries. */
const openPages: RouteObject[] = [
  route("sign-in", async () => (await import("../features/auth/pages/sign-in-page")).SignInPage),
  route("sign-up", async () => (await import("../features/auth/pages/sign-up-page")).SignUpPage),
  route(
    "forgot-password",
    async () => (await import("../features/auth/pages/forgot-password-page")).ForgotPasswordPage,
  ),
  route(
    "verify-address",
    async () => (await import("../features/auth/pages/verify-address-page")).VerifyAddressPage,
  ),
  route(
    "reset-password",
    async () => (await import("../features/auth/pages/reset-password-page")).ResetPasswordPage,
  ),
  route(
    "invitations/:token",
    async () =>
      (await import("../features/invitations/pages/accept-invitation-page")).AcceptInvitationPage,
  ),
  route(
    "feedback/:token",
    async () => (await import("../features/feedback-survey/pages/survey-page")).SurveyPage,
  ),
  route(
    "check-in/:token",
    async () => (await import("../features/check-ins/pages/check-in-page")).CheckInPage,
  ),
  route(
    "pulse/:token",
    async () => (await import("../features/pulses/pages/pulse-page")).PulsePage,
  ),
  route(
    "sustain-check-in/:token",
    async () =>
      (await import("../features/sustain/pages/sustain-check-in-page")).SustainCheckInPage,
  ),
];

/** Pages of every signed-in person; each page shows only what its viewer may see. */
const signedInPages: RouteObject[] = [
  // A programme's sponsor and the practice admin; the API refuses anyone else.
  route(
    "sponsored-programmes",
    async () =>
      (await import("../features/programmes/pages/sponsored-programmes-page"))
        .SponsoredProgrammesPage,
  ),
  route(
    "programmes/:id/impact",
    async () => (await import("../features/programmes/pages/impact-page")).ImpactPage,
  ),
  route(
    "engagements",
    async () => (await import("../features/engagements/pages/engagements-page")).EngagementsPage,
  ),
  route("engagements/:id", async () => (await import("./engagement-page")).EngagementPage),
  route(
    "engagements/:id/development-profile",
    async () =>
      (await import("../features/development/pages/development-profile-page"))
        .DevelopmentProfilePage,
  ),
  route(
    "engagements/:id/goals/new",
    async () => (await import("../features/goals/pages/new-goal-page")).NewGoalPage,
  ),
  route("goals/:id", async () => (await import("../features/goals/pages/goal-page")).GoalPage),
  route(
    "sessions/:id",
    async () => (await import("../features/sessions/pages/session-page")).SessionPage,
  ),
  route("engagements/:id/review", async () => (await import("./review-page")).ReviewPage),
  route(
    "engagements/:id/change",
    async () => (await import("../features/review/pages/change-page")).ChangePage,
  ),
  route(
    "engagements/:id/final-report",
    async () => (await import("./final-report-page")).FinalReportPage,
  ),
  route(
    "engagements/:id/reflections",
    async () => (await import("../features/review/pages/reflections-page")).ReflectionsPage,
  ),
  route(
    "engagements/:id/sessions/patterns",
    async () => (await import("../features/sessions/pages/patterns-page")).PatternsPage,
  ),
  route(
    "exercises/:id",
    async () => (await import("../features/exercises/pages/exercise-page")).ExercisePage,
  ),
  route(
    "assessments/:id",
    async () =>
      (await import("../features/assessments/pages/take-assessment-page")).TakeAssessmentPage,
  ),
  route(
    "assessments/:id/results",
    async () =>
      (await import("../features/assessments/pages/assessment-results-page")).AssessmentResultsPage,
  ),
  route(
    "feedback-campaigns/:id",
    async () => (await import("../features/feedback/pages/campaign-page")).CampaignPage,
  ),
  route(
    "feedback-campaigns/:id/self-rating",
    async () => (await import("../features/feedback/pages/self-rating-page")).SelfRatingPage,
  ),
  // Everyone's own two-factor sign-in; the practice's settings for its admin.
  route("settings", async () => (await import("./settings-route")).SettingsRoute),
  route(
    "feedback-campaigns/:id/report",
    async () => (await import("../features/feedback/pages/report-page")).ReportPage,
  ),
];

const coachPages: RouteObject[] = [
  route(
    "engagements/new",
    async () =>
      (await import("../features/engagements/pages/new-engagement-page")).NewEngagementPage,
  ),
  route(
    "invitations",
    async () => (await import("../features/invitations/pages/invitations-page")).InvitationsPage,
  ),
  route(
    "clients/invite",
    async () => (await import("../features/invitations/pages/invite-page")).InviteClientPage,
  ),
  route(
    "clients/:id",
    async () => (await import("../features/clients/pages/client-page")).ClientPage,
  ),
  route(
    "sponsors/invite",
    async () => (await import("../features/invitations/pages/invite-page")).InviteSponsorPage,
  ),
  route(
    "feedback-campaigns",
    async () =>
      (await import("../features/feedback/pages/campaign-dashboard-page")).CampaignDashboardPage,
  ),
  route(
    "competency-models",
    async () =>
      (await import("../features/competency-models/pages/competency-models-page"))
        .CompetencyModelsPage,
  ),
  route(
    "competency-models/:id",
    async () =>
      (await import("../features/competency-models/pages/competency-model-page"))
        .CompetencyModelPage,
  ),
  route(
    "courses",
    async () => (await import("../features/courses/pages/courses-page")).CoursesPage,
  ),
  route(
    "courses/:id",
    async () => (await import("../features/courses/pages/course-editor-page")).CourseEditorPage,
  ),
  route(
    "articles",
    async () => (await import("../features/articles/pages/articles-page")).ArticlesPage,
  ),
  // "new" too: the editor stays on the page when a new draft is saved and gets its address.
  route(
    "articles/:id",
    async () => (await import("../features/articles/pages/article-editor-page")).ArticleEditorPage,
  ),
  // The link moderators get by mail.
  route(
    "articles/:id/replies",
    async () => (await import("../features/articles/pages/replies-page")).RepliesPage,
  ),
  route(
    "exercise-templates",
    async () =>
      (await import("../features/exercises/pages/exercise-templates-page")).ExerciseTemplatesPage,
  ),
  route(
    "exercise-templates/new",
    async () =>
      (await import("../features/exercises/pages/template-editor-page")).TemplateEditorPage,
  ),
  route(
    "exercise-templates/:id/edit",
    async () =>
      (await import("../features/exercises/pages/template-editor-page")).TemplateEditorPage,
  ),
];

const adminPages: RouteObject[] = [
  route(
    "subscribers",
    async () => (await import("../features/courses/pages/subscribers-page")).SubscribersPage,
  ),
  route("team", async () => (await import("../features/team/pages/team-page")).TeamPage),
  route(
    "outbox/:id?",
    async () => (await import("../features/outbox/pages/outbox-page")).OutboxPage,
  ),
  route("programmes", async () => (await import("./programme-routes")).ProgrammesRoute),
  route("programmes/:id", async () => (await import("./programme-routes")).ProgrammeRoute),
  route(
    "programmes/:id/import",
    async () => (await import("../features/programmes/pages/import-page")).ImportPage,
  ),
];

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, ...page(async () => (await import("./home-page")).HomePage) },
        ...openPages,
        {
          element: <RequireAuth />,
          children: [
            ...signedInPages,
            { element: <RequireRole allow={isCoach} />, children: coachPages },
            { element: <RequireRole allow={isAdmin} />, children: adminPages },
          ],
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
