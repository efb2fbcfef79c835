import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { SessionThemes, SessionThemesInput, Theme } from "../../contract/session-work";
import { DEFAULT_THEMES, themeLabel } from "../../domain/sessions/session-work";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { practiceTheme, sessionTheme } from "../db/schema";
import { forbidden, invalidInput } from "../http/errors";
import { requireWritableSession } from "./page-access";

// The practice's list of themes, which its coaches and clients extend, and the themes a session
// and its reflection are tagged with. Keel's defaults are written the first time the list is read.

type Target = "session" | "reflection";
const TARGETS: Target[] = ["session", "reflection"];

function requireThemeUser(viewer: Viewer) {
  if (viewer.role === "sponsor")
    throw forbidden("Only coaches and clients use the practice's themes.");
}

const THEME = { id: practiceTheme.id, label: practiceTheme.label };

async function selectThemes(db: Executor, practiceId: string) {
  return db
    .select({ ...THEME, createdBy: practiceTheme.createdBy })
    .from(practiceTheme)
    .where(eq(practiceTheme.practiceId, practiceId))
    .orderBy(asc(sql`lower(${practiceTheme.label})`));
}

/** The practice's themes, Keel's defaults written first if the practice has none of them yet. */
export async function listThemes(ctx: AppContext, viewer: Viewer): Promise<Theme[]> {
  requireThemeUser(viewer);
  let rows = await selectThemes(ctx.db, viewer.practiceId);
  if (!rows.some((row) => row.createdBy === null)) {
    await seedDefaults(ctx.db, viewer.practiceId);
    rows = await selectThemes(ctx.db, viewer.practiceId);
  }
  return rows.map(({ id, label }) => ({ id, label }));
}

async function seedDefaults(db: Executor, practiceId: string) {
  const [seeded] = await db
    .select({ id: practiceTheme.id })
    .from(practiceTheme)
    .where(and(eq(practiceTheme.practiceId, practiceId), isNull(practiceTheme.createdBy)))
    .limit(1);
  if (seeded) return;
  await db
    .insert(practiceTheme)
    .values(DEFAULT_THEMES.map((label) => ({ practiceId, label })))
    .onConflictDoNothing();
}

/** Adds a theme to the practice's list; one of the same name, whatever its case, is the one. */
export async function addTheme(
  ctx: AppContext,
  viewer: Viewer,
  input: { label: string },
): Promise<{ theme: Theme; created: boolean }> {
  requireThemeUser(viewer);
  const label = themeLabel(input.label);
  const [added] = await ctx.db
    .insert(practiceTheme)
    .values({ practiceId: viewer.practiceId, label, createdBy: viewer.userId })
    .onConflictDoNothing()
    .returning(THEME);
  if (added) return { theme: added, created: true };
  const [existing] = await ctx.db
    .select(THEME)
    .from(practiceTheme)
    .where(
      and(
        eq(practiceTheme.practiceId, viewer.practiceId),
        eq(sql`lower(${practiceTheme.label})`, label.toLowerCase()),
      ),
    );
  if (!existing) throw new Error("the theme was neither added nor found");
  return { theme: existing, created: false };
}

/** The themes of the session and of its reflection, each by label. */
export async function readSessionThemes(db: Executor, sessionId: string): Promise<SessionThemes> {
  const rows = await db
    .select({ target: sessionTheme.target, ...THEME })
    .from(sessionTheme)
    .innerJoin(practiceTheme, eq(practiceTheme.id, sessionTheme.themeId))
    .where(eq(sessionTheme.sessionId, sessionId))
    .orderBy(asc(sql`lower(${practiceTheme.label})`));
  const of = (target: Target) =>
    rows.filter((row) => row.target === target).map(({ id, label }) => ({ id, label }));
  return { session: of("session"), reflection: of("reflection") };
}

/** Replaces the session's themes, its reflection's, or both; each theme of the practice's list. */
export async function setSessionThemes(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: SessionThemesInput,
): Promise<SessionThemes> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId);
    await requireThemesOf(tx, row.parties.practiceId, input);
    const tagged = { engagementId: row.session.engagementId, sessionId, taggedBy: viewer.userId };
    for (const target of TARGETS) {
      const ids = input[target];
      if (ids === undefined) continue;
      const unique = [...new Set(ids)];
      const ofTarget = and(eq(sessionTheme.sessionId, sessionId), eq(sessionTheme.target, target));
      await tx
        .delete(sessionTheme)
        .where(
          unique.length > 0 ? and(ofTarget, notInArray(sessionTheme.themeId, unique)) : ofTarget,
        );
      if (unique.length > 0)
        await tx
          .insert(sessionTheme)
          .values(unique.map((themeId) => ({ ...tagged, target, themeId })))
          .onConflictDoNothing();
    }
    return readSessionThemes(tx, sessionId);
  });
}

/** Every id names a theme of the practice: otherwise a 400 naming each one that does not. */
async function requireThemesOf(db: Executor, practiceId: string, input: SessionThemesInput) {
  const ids = [...new Set(TARGETS.flatMap((target) => input[target] ?? []))];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: practiceTheme.id })
    .from(practiceTheme)
    .where(and(eq(practiceTheme.practiceId, practiceId), inArray(practiceTheme.id, ids)));
  const known = new Set(found.map((theme) => theme.id));
  const problems = TARGETS.flatMap((target) =>
    (input[target] ?? []).flatMap((id, index) =>
      known.has(id)
        ? []
        : [{ path: `${target}.${index}`, message: "This is not a theme of your practice's list." }],
    ),
  );
  if (problems.length > 0) throw invalidInput(problems, "Choose themes of your practice's list.");
}
