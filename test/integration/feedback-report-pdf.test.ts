import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../src/domain/feedback/report-sections";
import type { FeedbackReport } from "../../src/domain/feedback/report-types";
import { newAgent } from "../support/factories";
import { answerSurvey, downloadAs, rateSelf, type SurveyModel } from "../support/feedback-answers";
import { collectingCampaign, moveCampaign } from "../support/feedback-factories";
import { reportParties, reportUrl } from "../support/feedback-report-fixtures";
import { pdfText, readable } from "../support/pdf-text";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const CYRILLIC = "Больше доверять команде и делегировать решения.";
const GREEK = "Να ακούει περισσότερο πριν αποφασίσει.";
// Phrases without punctuation: pdftotext writes a right-to-left line's phrases in page order.
const HEBREW = "להקשיב יותר לצוות ולתת לאנשים לקבל החלטות בעצמם";
const ARABIC = "أن يستمع أكثر إلى الفريق وأن يفوض القرارات";
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";

describe.each(databaseKinds())("the 360 report's PDF on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("is the web report on paper: every part, every behaviour, the practice, page numbers, dates and comments as written", async () => {
    const world = await reportParties(t.current);
    const collecting = await collectingCampaign(t.current, world, { peer: 3, direct_report: 3 });
    const campaignId: string = collecting.campaign.id;
    await rateSelf(world.client, campaignId, 4);
    const [first] = collecting.raters;
    const questions: SurveyModel["openQuestions"] = (
      await newAgent(t.current).get(`/api/feedback/survey/${first?.token}`)
    ).body.model.openQuestions;
    const start = questions[0]?.id as string;
    for (const [i, rater] of collecting.raters.entries())
      await answerSurvey(
        newAgent(t.current),
        rater,
        (item) => ((i + item) % 5) + 1,
        i < 4 ? { [start]: [CYRILLIC, GREEK, HEBREW, ARABIC][i] as string } : {},
      );
    await moveCampaign(world.coach, campaignId, "closed");
    await moveCampaign(world.coach, campaignId, "released");
    const report: FeedbackReport = (await world.client.agent.get(reportUrl(campaignId))).body;

    const pdf = await downloadAs(t.current, world.client, `${reportUrl(campaignId)}.pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.bytes);
    const flat = text.replace(/\s+/g, " ");

    for (const section of REPORT_SECTIONS) expect(flat, section.title).toContain(section.title);
    for (const item of report.items) expect(flat, item.text).toContain(item.text);
    expect(flat).toContain(CYRILLIC);
    expect(flat).toContain(GREEK);
    // Right to left, in logical order, each in a face that has its letters.
    expect(readable(text)).toContain(HEBREW);
    expect(readable(text)).toContain(readable(ARABIC));
    const fonts = pdf.bytes.toString("latin1");
    expect(fonts).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHebrew-Regular/);
    expect(fonts).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Regular/);
    expect(flat).toMatch(new RegExp(`Released on \\d{1,2} ${MONTH} \\d{4}\\.`));
    expect(flat).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      const onPage = page.replace(/\s+/g, " ");
      expect(onPage).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(onPage).toContain("report-coach practice");
    }
  });
});
