import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/server/app";
import { membership, session, user } from "../../src/server/db/schema";
import { countQueries } from "../support/count-queries";
import { inviteAndAccept, type Member, signUpCoach } from "../support/factories";
import { TEST_AUTH_SECRET, testConfig, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("verified sessions on the %s database", (kind) => {
  const t = useTestApp(kind);
  const ctx = () => t.current.ctx;
  /** Waits until this process has heard every change committed so far. */
  const settle = () => ctx().changes.settle();

  async function signedIn(label: string): Promise<Member> {
    const coach = await signUpCoach(t.current, label);
    expect((await coach.agent.get("/api/me")).status).toBe(200);
    return coach;
  }

  const status = async (member: Member, url = "/api/me") => (await member.agent.get(url)).status;

  it("answers a session it verified before without asking the database", async () => {
    const coach = await signedIn("verified");
    const count = countQueries(t.current);
    expect(await status(coach)).toBe(200);
    expect(count.stop()).toBe(0);
  });

  it("refuses a session ended in the database by other means than Keel's routes", async () => {
    const coach = await signedIn("ended");
    const copy = coach.agent.copy();
    await ctx().db.delete(session).where(eq(session.userId, coach.id));
    await settle();
    expect(await status(coach)).toBe(401);
    expect((await copy.get("/api/me")).status).toBe(401);
  });

  it("refuses a session whose expiry was moved into the past", async () => {
    const coach = await signedIn("expired");
    await ctx()
      .db.update(session)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(session.userId, coach.id));
    await settle();
    expect(await status(coach)).toBe(401);
  });

  it("takes away an admin's rights, and a membership, at once", async () => {
    const admin = await signedIn("demoted");
    const rename = () => admin.agent.patch("/api/practice", { name: "Renamed practice" });
    expect((await rename()).status).toBe(200);
    await ctx()
      .db.update(membership)
      .set({ isAdmin: false })
      .where(eq(membership.userId, admin.id));
    await settle();
    expect((await rename()).status).toBe(403);
    await ctx().db.delete(membership).where(eq(membership.userId, admin.id));
    await settle();
    expect(await status(admin)).toBe(401);
  });

  it("shows a new name of the person or of the practice on the next request", async () => {
    const admin = await signedIn("names");
    const client = await inviteAndAccept(t.current, admin, "client", "names-client");
    expect((await client.agent.get("/api/me")).body.practice.name).toBe("names practice");
    const renamed = await admin.agent.patch("/api/practice", { name: "Names & Co" });
    expect(renamed.status).toBe(200);
    expect((await client.agent.get("/api/me")).body.practice.name).toBe("Names & Co");
    await ctx().db.update(user).set({ name: "Ada Renamed" }).where(eq(user.id, client.id));
    await settle();
    expect((await client.agent.get("/api/me")).body.name).toBe("Ada Renamed");
  });

  describe("with a second Keel process on the same database", () => {
    let other: Awaited<ReturnType<typeof buildApp>> | undefined;
    afterEach(async () => {
      await other?.app.close();
      other = undefined;
    });

    it("the other process refuses a session signed out through this one", async () => {
      other = await buildApp({
        config: testConfig(),
        database: t.current.handle,
        jobs: t.current.jobs,
        authSecret: TEST_AUTH_SECRET,
      });
      await other.app.ready();
      const coach = await signedIn("two-processes");
      const elsewhere = coach.agent.copy(other.app);
      expect((await elsewhere.get("/api/me")).status).toBe(200);
      expect(other.ctx.verifiedSessions.size).toBe(1);
      expect((await coach.agent.post("/api/auth/sign-out")).status).toBe(204);
      await other.ctx.changes.settle();
      expect((await elsewhere.get("/api/me")).status).toBe(401);
    });
  });

  it.runIf(kind === "server")(
    "checks every session in the database while it cannot listen, and listens again",
    async () => {
      const coach = await signedIn("deaf");
      await ctx().db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'keel-change-feed' and datname = current_database()`,
      );
      await vi.waitFor(() => expect(ctx().verifiedSessions.trusted).toBe(false));
      expect(ctx().verifiedSessions.size).toBe(0);
      await ctx().db.delete(session).where(eq(session.userId, coach.id));
      expect(await status(coach)).toBe(401);

      await vi.waitFor(() => expect(ctx().verifiedSessions.trusted).toBe(true), {
        timeout: 5_000,
      });
      const again = await signedIn("hearing-again");
      expect(ctx().verifiedSessions.size).toBe(1);
      const copy = again.agent.copy();
      await ctx().db.delete(session).where(eq(session.userId, again.id));
      await settle();
      expect((await copy.get("/api/me")).status).toBe(401);
    },
  );
});
