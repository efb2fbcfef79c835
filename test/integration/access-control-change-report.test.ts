import { randomUUID } from "node:crypto";
import { beforeAll, describe } from "vitest";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { BUILT_IN_MODEL_ID, daysFromToday } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The change report is the client's and their coach's: the sponsor (until the client shares)
// and the practice admin know the engagement but not the report (403); everyone else finds
// nothing (404). A repeat of a 360 is started by the coach alone, as any 360 is.

const CASES: Case[] = [
  {
    name: "GET an engagement's change report",
    call: (a, w) => a.get(`${engagementUrl(w)}/change-report`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a repeat of a 360 feedback that is no released campaign of the engagement",
    call: (a, w) =>
      a.post(`${engagementUrl(w)}/feedback-campaigns`, {
        modelId: BUILT_IN_MODEL_ID,
        deadline: daysFromToday(21),
        timeZone: "Europe/London",
        repeatOf: randomUUID(),
        copyRaters: true,
      }),
    expected: { ...partiesOnly, coach: 400, client: 403 },
  },
];

describe.each(databaseKinds())("access to the change report on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
