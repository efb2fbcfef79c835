import { afterAll, beforeAll, expect } from "vitest";
import { rawQuery } from "../../src/server/db/database";
import { inviteAndAccept, type Member, newAgent, openEngagement, signUpCoach } from "./factories";
import { createCampaign, moveCampaign } from "./feedback-factories";
import type { TestApp } from "./test-app";

/** The lists of raters a campaign needs at the least: one manager, three peers, three reports. */
export const FULL_LIST = { manager: 1, peer: 3, direct_report: 3 };

/**
 * The people most campaign tests need, fewer than the whole world: a practice's admin, a coach
 * they invited, the coach's client and sponsor in one engagement, and someone signed out.
 */
export async function campaignWorld(t: TestApp) {
  const admin = await signUpCoach(t, "admin");
  const coach = await inviteAndAccept(t, admin, "coach", "coach");
  const client = await inviteAndAccept(t, coach, "client", "client");
  const sponsor = await inviteAndAccept(t, coach, "sponsor", "sponsor");
  const engagement = await openEngagement(coach, client, sponsor);
  return { admin, coach, client, sponsor, engagement, anonymous: newAgent(t) };
}

export type CampaignWorld = Awaited<ReturnType<typeof campaignWorld>>;

/**
 * The setting of most campaign tests: the world, built before all of them, and the kit's shortcuts;
 * after all of them, whatever the tests did to raters, the counts the lists read still add up.
 */
export function useCampaignWorld(t: { current: TestApp }) {
  const w = {} as CampaignWorld;
  beforeAll(async () => {
    Object.assign(w, await campaignWorld(t.current));
  }, 60_000);
  afterAll(async () => {
    await expectRaterCountsKept(t.current);
  });
  return { w, ...campaignKit(t, () => w) };
}

export const campaignUrl = (id: string, rest = "") => `/api/feedback-campaigns/${id}${rest}`;

/** What the campaigns' tests read of the database, and their shortcuts; `t` and `w` are read late. */
export function campaignKit(
  t: { current: TestApp },
  world: () => { coach: Member; engagement: { id: string } },
) {
  const query = <T>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);
  return {
    query,
    mailsTo: (to: string) =>
      query<{ subject: string; text: string; practice_id: string | null }>(
        'select subject, text, practice_id from mail where "to" = $1 order by created_at',
        [to],
      ),
    campaignRow: async (id: string) =>
      (
        await query<Record<string, unknown>>("select * from feedback_campaign where id = $1", [id])
      )[0],
    ratersRows: (campaignId: string) =>
      query<Record<string, unknown>>(
        "select * from feedback_rater where campaign_id = $1 order by created_at, id",
        [campaignId],
      ),
    jobsOf: (name: string, campaignId: string) =>
      query<{ data: Record<string, string>; start_after: Date }>(
        "select data, start_after from pgboss.job where name = $1 and data->>'campaignId' = $2 order by start_after",
        [name, campaignId],
      ),
    /** Stands in for a rater's submission, which the survey routes make; only `completed` counts here. */
    markCompleted: (raterIds: string[]) =>
      query("update feedback_rater set completed = true where id = any($1::uuid[])", [raterIds]),
    async nominatingCampaign(options: Parameters<typeof createCampaign>[2] = {}) {
      const w = world();
      const created = await createCampaign(w.coach, w.engagement.id, options);
      return moveCampaign(w.coach, created.id, "nominating");
    },
  };
}

const RECOUNT = `
  select c.id,
    coalesce((select counts from feedback_rater_counts k where k.campaign_id = c.id), '{}') as kept,
    (select array_agg(
      (select count(*) from feedback_rater r
        where r.campaign_id = c.id and r."group" = g.name and (not answered or r.completed)
          and not (r.added_late and r.token_hash is null))::int
      order by g.position, answered)
     from unnest(enum_range(null::rater_group)) with ordinality as g(name, position)
     cross join (values (false), (true)) as slot(answered)) as counted
  from feedback_campaign c`;

/** The campaigns whose kept rater counts (feedback_rater_counts) differ from a count of their raters. */
export async function raterCountMismatches(t: TestApp) {
  const rows = await rawQuery<{ id: string; kept: number[]; counted: number[] }>(t.handle, RECOUNT);
  return rows.filter((row) => JSON.stringify(row.kept) !== JSON.stringify(row.counted));
}

/** After a file's tests: every count the lists read still equals a count of the raters. */
export async function expectRaterCountsKept(t: TestApp) {
  expect(await raterCountMismatches(t)).toEqual([]);
}
