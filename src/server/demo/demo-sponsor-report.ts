import { and, eq, like } from "drizzle-orm";
import type { AppContext } from "../context";
import { mail } from "../db/schema";
import { runSponsorReports } from "../programmes/sponsor-report-mail";

// This month's report to the programme's sponsor, mailed by the job itself as on the 1st at
// 08:05: the admin finds it in the practice's outbox, as the practice's own mail to its buyer.

export async function seedDemoSponsorReport(ctx: AppContext, sponsorEmail: string) {
  const now = new Date();
  const sentAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, 8, 5));
  await runSponsorReports(ctx, sentAt);
  await ctx.db
    .update(mail)
    .set({ createdAt: sentAt })
    .where(and(eq(mail.to, sponsorEmail), like(mail.subject, "% report from %")));
}
