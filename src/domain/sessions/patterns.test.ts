import { describe, expect, it } from "vitest";
import {
  type PhraseRow,
  ratingsTrend,
  recurringObstacles,
  recurringPhrases,
  recurringThemes,
  SEEN_IN_SHOWN,
  wordsOfObstacles,
} from "./patterns";

const day = (n: number) => new Date(Date.UTC(2027, 0, n, 9));
const sessions = [
  { sessionId: "s1", startsAt: day(1) },
  { sessionId: "s2", startsAt: day(15) },
  { sessionId: "s3", startsAt: day(29) },
];
const row = (
  sessionId: string,
  phrase: string,
  count = 1,
  source: PhraseRow["source"] = "shared",
) => ({
  sessionId,
  phrase,
  count,
  source,
});

describe("recurring phrases", () => {
  // One row per phrase and held session, with the phrase's totals, as the database sends them.
  const inSession = (
    phrase: string,
    sessionId: string,
    totals: { sessions: number; occurrences: number },
    sources: PhraseRow["source"][] = ["shared"],
  ) => ({
    phrase,
    sessionId,
    startsAt: sessions.find((s) => s.sessionId === sessionId)?.startsAt ?? day(0),
    sources,
    ...totals,
  });

  it("keeps the phrases of two sessions or more, most sessions first, with where they came from", () => {
    const delegation = { sessions: 3, occurrences: 8 };
    const found = recurringPhrases([
      inSession("deadline", "s3", { sessions: 2, occurrences: 3 }, ["reflection"]),
      inSession("delegation", "s3", delegation),
      inSession("deadline", "s1", { sessions: 2, occurrences: 3 }),
      inSession("delegation", "s1", delegation, ["feedback", "reflection"]),
      inSession("delegation", "s2", delegation),
      inSession("budget", "s2", { sessions: 1, occurrences: 9 }),
    ]);
    expect(found.map((p) => p.phrase)).toEqual(["delegation", "deadline"]);
    expect(found[0]).toMatchObject({ sessions: 3, occurrences: 8 });
    expect(found[0]?.seenIn).toEqual([
      { sessionId: "s1", startsAt: day(1).toISOString(), sources: ["reflection", "feedback"] },
      { sessionId: "s2", startsAt: day(15).toISOString(), sources: ["shared"] },
      { sessionId: "s3", startsAt: day(29).toISOString(), sources: ["shared"] },
    ]);
  });

  it("ranks by occurrences, then two-word phrases first", () => {
    const rows = [
      ["team", 2],
      ["team meeting", 2],
      ["sam", 4],
    ].flatMap(([phrase, occurrences]) =>
      ["s1", "s2"].map((id) =>
        inSession(String(phrase), id, { sessions: 2, occurrences: Number(occurrences) }),
      ),
    );
    expect(recurringPhrases(rows).map((p) => p.phrase)).toEqual(["sam", "team meeting", "team"]);
  });

  it("stops at the limit", () => {
    const rows = ["a1", "b2", "c3"].flatMap((p) =>
      ["s1", "s2"].map((id) => inSession(p, id, { sessions: 2, occurrences: 2 })),
    );
    expect(recurringPhrases(rows, 2)).toHaveLength(2);
  });
});

describe("the ratings trend", () => {
  const rated = (ratings: number[]) =>
    ratingsTrend(
      ratings.map((rating, i) => ({ sessionId: `s${i}`, startsAt: day(30 - i), rating })),
    );

  it("orders ratings oldest first and says nothing of a direction under four", () => {
    const trend = rated([8, 6, 4]);
    expect(trend.points.map((p) => p.rating)).toEqual([4, 6, 8]);
    expect(trend.direction).toBeNull();
    expect(trend.average).toBe(6);
  });

  it("compares the later half with the earlier: a point apart or more", () => {
    expect(rated([9, 8, 6, 5]).direction).toBe("rising");
    expect(rated([5, 6, 8, 9]).direction).toBe("falling");
    expect(rated([7, 6, 7, 7, 6]).direction).toBe("steady");
    expect(rated([]).average).toBeNull();
  });
});

describe("recurring themes", () => {
  it("keeps themes tagged on two sessions or more, counting a session once", () => {
    const tag = (themeId: string, sessionId: string, startsAt: Date) => ({
      themeId,
      label: themeId.toUpperCase(),
      sessionId,
      startsAt,
    });
    const found = recurringThemes([
      tag("delegation", "s2", day(15)),
      tag("delegation", "s1", day(1)),
      tag("delegation", "s1", day(1)),
      tag("conflict", "s1", day(1)),
    ]);
    expect(found).toEqual([
      {
        themeId: "delegation",
        label: "DELEGATION",
        sessions: 2,
        seenIn: [
          { sessionId: "s1", startsAt: day(1).toISOString() },
          { sessionId: "s2", startsAt: day(15).toISOString() },
        ],
      },
    ]);
  });
});

describe("obstacles that come back", () => {
  const plan = (version: number, obstacles: { id: string; obstacle: string }[]) => ({
    goalId: "g1",
    goal: "Delegate the supplier work",
    version,
    obstacles,
  });

  it("keeps an obstacle carried by two versions of its plan, by its latest words", () => {
    const found = recurringObstacles(
      [
        plan(1, [
          { id: "o1", obstacle: "Late nights" },
          { id: "o2", obstacle: "Gone soon" },
        ]),
        plan(2, [{ id: "o1", obstacle: "Late nights redoing work" }]),
      ],
      [],
      sessions,
    );
    expect(found).toEqual([
      expect.objectContaining({ obstacle: "Late nights redoing work", versions: 2, seenIn: [] }),
    ]);
  });

  it("keeps an obstacle whose words two sessions' writing names", () => {
    const found = recurringObstacles(
      [plan(1, [{ id: "o1", obstacle: "I rescue the team when deadlines slip" }])],
      [
        row("s1", "rescue", 1, "reflection"),
        row("s1", "deadline"),
        row("s2", "deadline"),
        row("s2", "team", 1, "private"),
        row("s3", "deadline"),
      ],
      sessions,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.seenIn).toEqual([
      { sessionId: "s1", startsAt: day(1).toISOString(), sources: ["reflection", "shared"] },
      { sessionId: "s2", startsAt: day(15).toISOString(), sources: ["shared", "private"] },
    ]);
  });
});

describe("the words of obstacles", () => {
  it("gives each word of three letters or more in lower case, and its singular", () => {
    const words = wordsOfObstacles([
      {
        goalId: "g",
        goal: "",
        version: 1,
        obstacles: [{ id: "o", obstacle: "Deadlines on Fridays" }],
      },
    ]);
    expect(words.sort()).toEqual(["deadline", "deadlines", "friday", "fridays"]);
  });
});

describe("the sessions a pattern links to", () => {
  const many = Array.from({ length: 12 }, (_, i) => ({ sessionId: `m${i}`, startsAt: day(i + 1) }));

  it("are its latest, oldest first, with the count of them all", () => {
    const rows = many.map((s) => ({
      phrase: "delegation",
      sessionId: s.sessionId,
      startsAt: s.startsAt,
      sources: ["shared" as const],
      sessions: 12,
      occurrences: 12,
    }));
    const [found] = recurringPhrases(rows.reverse());
    expect(found?.sessions).toBe(12);
    expect(found?.seenIn.map((s) => s.sessionId)).toEqual(
      many.slice(-SEEN_IN_SHOWN).map((s) => s.sessionId),
    );
    const tags = many.map((s) => ({ themeId: "t", label: "Delegation", ...s }));
    const [theme] = recurringThemes(tags);
    expect(theme?.sessions).toBe(12);
    expect(theme?.seenIn).toHaveLength(SEEN_IN_SHOWN);
    expect(theme?.seenIn.at(-1)?.sessionId).toBe("m11");
  });

  it("for an obstacle, count every session that names it", () => {
    const plan = {
      goalId: "g",
      goal: "Delegate",
      version: 1,
      obstacles: [{ id: "o", obstacle: "deadline pressure" }],
    };
    const rows = many.flatMap((s) => [row(s.sessionId, "deadline"), row(s.sessionId, "pressure")]);
    const [found] = recurringObstacles([plan], rows, many);
    expect(found?.sessions).toBe(12);
    expect(found?.seenIn).toHaveLength(SEEN_IN_SHOWN);
  });
});
