import type { LoadTarget } from "./load";
import { cookieOf, programmeTargets, signInAs } from "./programme-reads";
import {
  ARTICLE_FEED,
  ARTICLE_PAGE,
  CAMPAIGN_DASHBOARD,
  CLIENT_HOME,
  CLIENTS_AT_RISK,
  COACH_DASHBOARD,
  SESSION_PAGE,
  SESSION_PATTERNS,
  SESSION_SLOTS,
  SESSION_TIMELINE,
} from "./report";
import { reviewTargets, signInElena } from "./review-reads";
import type { SeededArticles } from "./seed-articles";
import type { SeededPractice } from "./seed-practice";

/** Public pages are asked for as browsers and feed readers ask: taking gzip. */
const TAKES_GZIP = { "accept-encoding": "gzip, deflate, br" };

const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Every route the benchmark loads, each asked as the person who reads it. */
export async function loadTargets(
  url: string,
  seeded: SeededPractice,
  articles: SeededArticles,
): Promise<LoadTarget[]> {
  const cookie = async (email: string) => cookieOf(await signInAs(url, email));
  const coach = await cookie(seeded.coachEmail);
  const admin = await cookie(seeded.adminEmail);
  const client = await cookie(seeded.clientEmail);
  const accountabilityCoach = await cookie(seeded.accountabilityCoachEmail);
  const api = (p: string) => `${url}${p}`;
  const elena = await signInElena(url);
  let edits = 0;
  return [
    ...reviewTargets(url, elena),
    ...(await programmeTargets(
      url,
      seeded.programmeId,
      await signInAs(url, seeded.programmeSponsorEmail),
      await signInAs(url, seeded.adminEmail),
    )),
    { name: CLIENTS_AT_RISK, url: api("/api/coach/clients-at-risk"), cookie: accountabilityCoach },
    { name: COACH_DASHBOARD, url: api("/api/engagements"), cookie: coach },
    { name: "coach's dashboard: GET /api/clients", url: api("/api/clients"), cookie: coach },
    {
      name: "coach's dashboard: GET /api/invitations",
      url: api("/api/invitations"),
      cookie: coach,
    },
    {
      name: "admin: GET /api/engagements (first page of the practice)",
      url: api("/api/engagements"),
      cookie: admin,
    },
    {
      name: "admin: GET /api/clients (first page of the practice)",
      url: api("/api/clients"),
      cookie: admin,
    },
    { name: CLIENT_HOME, url: api("/api/engagements"), cookie: client },
    // Public pages are asked for as browsers and feed readers ask: taking gzip.
    {
      name: ARTICLE_PAGE,
      url: api(`/p/${articles.practiceSlug}/articles/${articles.articleSlug}`),
      headers: TAKES_GZIP,
    },
    { name: ARTICLE_FEED, url: api(`/p/${articles.practiceSlug}/feed.atom`), headers: TAKES_GZIP },
    {
      name: "client: GET /api/engagements/:id",
      url: api(`/api/engagements/${seeded.clientEngagementId}`),
      cookie: client,
    },
    {
      name: "client: GET /api/assessments/:id/results (IPIP-NEO-120 with local norms)",
      url: api(`/api/assessments/${seeded.clientResultsId}/results`),
      cookie: client,
    },
    {
      name: "client: GET /api/engagements/:id/development-profile",
      url: api(`/api/engagements/${seeded.clientEngagementId}/development-profile`),
      cookie: client,
    },
    {
      name: CAMPAIGN_DASHBOARD,
      url: api("/api/feedback-campaigns"),
      cookie: coach,
    },
    {
      name: "client: GET /api/feedback-campaigns/:id/report (released 360 report)",
      url: api(`/api/feedback-campaigns/${seeded.clientReleasedCampaignId}/report`),
      cookie: client,
    },
    {
      name: "client's goals: GET /api/engagements/:id/goals (8 goals)",
      url: api(`/api/engagements/${seeded.clientEngagementId}/goals`),
      cookie: client,
    },
    {
      name: "client's goals: GET /api/engagements/:id/due-this-week",
      url: api(
        `/api/engagements/${seeded.clientEngagementId}/due-this-week?timeZone=Europe/London`,
      ),
      cookie: client,
    },
    {
      name: "coach's engagement page: GET /api/engagements/:id/goals (8 goals)",
      url: api(`/api/engagements/${seeded.clientEngagementId}/goals`),
      cookie: coach,
    },
    {
      name: "client's sessions: GET /api/engagements/:id/sessions (50 sessions)",
      url: api(`/api/engagements/${seeded.clientEngagementId}/sessions`),
      cookie: client,
    },
    { name: SESSION_PAGE, url: api(`/api/sessions/${seeded.clientSessionId}`), cookie: client },
    {
      name: SESSION_SLOTS,
      url: api(
        `/api/engagements/${seeded.clientEngagementId}/slots?from=${dayFromNow(1)}&to=${dayFromNow(31)}&timeZone=Europe/London`,
      ),
      cookie: client,
    },
    {
      name: SESSION_TIMELINE,
      url: api(`/api/engagements/${seeded.clientEngagementId}/timeline`),
      cookie: client,
    },
    {
      name: SESSION_PATTERNS,
      url: api(`/api/engagements/${seeded.clientEngagementId}/patterns`),
      cookie: client,
    },
    { name: "GET /api/me", url: api("/api/me"), cookie: client },
    {
      name: "write: PATCH /api/engagements/:id",
      url: api(`/api/engagements/${seeded.clientEngagementId}`),
      method: "PATCH",
      cookie: coach,
      body: () => JSON.stringify({ title: `Leadership engagement, revision ${++edits}` }),
    },
    {
      name: "write: PUT /api/assessments/:id/answers (one answer)",
      url: api(`/api/assessments/${seeded.clientOpenAssessmentId}/answers`),
      method: "PUT",
      cookie: client,
      body: () => JSON.stringify({ answers: { [`E${(++edits % 10) + 1}`]: (edits % 5) + 1 } }),
    },
  ];
}
