import { beforeAll, describe } from "vitest";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { pastSession } from "../support/session-inserts";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Reflection points are the client's and their coach's: the sponsor and the practice admin know
// the engagement but not its reflections (403); everyone else finds nothing (404). The world's
// engagement started long enough ago, with three sessions held, for its first quarter's
// reflection to be due.

type ReviewWorld = World & { reviewEngagementId: string };

const reflectionsUrl = (w: ReviewWorld) => `/api/engagements/${w.reviewEngagementId}/reflections`;
const draft = { answers: { changed: "Calmer in meetings" }, outcomes: [] };

const CASES: Case<ReviewWorld>[] = [
  {
    name: "GET an engagement's reflection points",
    call: (a, w) => a.get(reflectionsUrl(w)),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET the reflections of an engagement not started long ago",
    call: (a, w) => a.get(`${engagementUrl(w)}/reflections`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET an engagement's review summary",
    call: (a, w) => a.get(`${engagementUrl(w)}/review-summary`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "PUT one's answers at a reflection point",
    call: (a, w) => a.put(`${reflectionsUrl(w)}/quarter-1`, draft),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST share one's answers at a reflection point",
    // Each side shares its own once (the PUT row wrote them): both answer 200 here in turn.
    call: (a, w) => a.post(`${reflectionsUrl(w)}/quarter-1/share`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
];

describe.each(databaseKinds())("access to reflection points on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: ReviewWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const started = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    const response = await base.coach.agent.post("/api/engagements", {
      clientId: base.client.id,
      title: "A long engagement",
      startDate: started,
      sessionsPlanned: 12,
      sponsorId: base.sponsor.id,
    });
    const parties = { engagement: { ...base.engagement, id: response.body.id }, coach: base.coach };
    for (let i = 0; i < 3; i += 1) await pastSession(t.current, parties);
    world = { ...base, reviewEngagementId: response.body.id };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
