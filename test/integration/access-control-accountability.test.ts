import { beforeAll, describe } from "vitest";
import { weekOf } from "../../src/domain/check-ins/week";
import { checkIn } from "../../src/server/db/schema";
import {
  type Case,
  coachesOnly,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Early-warning settings and celebrations. The practice's thresholds are read by its coaches and
// set by its admin (another practice's admin sets their own: 200). An engagement's are its
// coach's alone: its other parties get 403. Celebrations are the client's and their coach's.

type AccountabilityWorld = World & { winKey: string };

const engagementOnlyForItsCoach = {
  coach: 200,
  admin: 403,
  client: 403,
  sponsor: 403,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

const CASES: Case<AccountabilityWorld>[] = [
  {
    name: "GET the practice's early-warning thresholds",
    call: (a) => a.get("/api/practice/early-warnings"),
    expected: coachesOnly(200),
  },
  {
    name: "PUT the practice's early-warning thresholds",
    call: (a) => a.put("/api/practice/early-warnings", { lowEnergy: { weeks: 3 } }),
    expected: {
      admin: 200,
      outsider: 200,
      coach: 403,
      otherCoach: 403,
      client: 403,
      otherClient: 403,
      sponsor: 403,
      anonymous: 401,
    },
  },
  {
    name: "GET an engagement's early-warning thresholds",
    call: (a, w) => a.get(`${engagementUrl(w)}/early-warnings`),
    expected: engagementOnlyForItsCoach,
  },
  {
    name: "PUT an engagement's early-warning thresholds",
    call: (a, w) => a.put(`${engagementUrl(w)}/early-warnings`, { noSessionBooked: { days: 30 } }),
    expected: engagementOnlyForItsCoach,
  },
  {
    name: "GET an engagement's celebrations",
    call: (a, w) => a.get(`${engagementUrl(w)}/celebrations`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST celebrations seen",
    call: (a, w) => a.post(`${engagementUrl(w)}/celebrations/seen`, { keys: [w.winKey] }),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
];

describe.each(databaseKinds())(
  "access to early warnings and celebrations on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    let world: AccountabilityWorld;

    beforeAll(async () => {
      const built = await buildWorld(t.current);
      const at = new Date(Date.now() - 86_400_000);
      const [row] = await t.current.handle.db
        .insert(checkIn)
        .values({
          engagementId: built.engagement.id,
          week: weekOf(at, "UTC"),
          submittedAt: at,
          submittedBy: built.client.id,
          channel: "app",
          energy: 4,
          win: "Led the planning meeting",
          challenge: "",
        })
        .returning({ id: checkIn.id });
      world = { ...built, winKey: `win:${row?.id}` };
    });

    itAnswersAsTheTableSays(CASES, () => world);
  },
);
