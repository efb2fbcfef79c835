import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  behaviour,
  COMPETENCIES,
  client,
  directReports,
  title as engagementTitle,
  ITEMS,
  laptop,
  manager,
  othersAnswer,
  peers,
  phone,
  priyaComment,
  questions,
  type Rater,
  type Started360Journey,
  seedCollectingCampaign,
  start360Journey,
  waitUntilSaved,
} from "../support/feedback-360-journey";
import { step } from "../support/journey";
import { pdfText } from "../support/pdf-text";

// Each rater answers 45 behaviours by hand: slow steps. The campaign before them is set up
// through the API, as the campaign journey walks it in the browser.
describe("raters answer a 360 feedback and the client reads the report", () => {
  let j: Started360Journey;

  beforeAll(async () => {
    j = await start360Journey();
    await seedCollectingCampaign(j);
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("walks from the raters' answers to the client's report and its suggestions, in order", async () => {
    const {
      coachPage,
      clientPage,
      links,
      raterContext,
      openSurvey,
      answerBehaviours,
      writeComments,
      sendAndExpectThanks,
      answerWholeSurvey,
      expectCounts,
    } = j;
    await step(
      "takes the manager's answers in a fresh browser, then thanks them and takes no more",
      async () => {
        const context = await raterContext();
        const page = await context.newPage();
        await openSurvey(page, manager);
        await page.getByText(`Hello ${manager.name}.`).waitFor();
        await page.getByRole("heading", { name: "Setting direction" }).waitFor();
        await expectAccessible(page);
        await answerBehaviours(page, 0, ITEMS);
        await writeComments(page, {
          start: "Delegate the weekly planning to the team leads.",
          continue: "Clear priorities at the start of each quarter.",
        });
        await waitUntilSaved(page, "Behaviours answered", ITEMS);
        await sendAndExpectThanks(page, manager);
        await expectAccessible(page);
        await context.close();
      },
    );

    await step(
      "takes a peer's answers on a phone, with a comment that names a colleague",
      async () => {
        const context = await raterContext(phone);
        const page = await context.newPage();
        const [peer] = peers as [Rater];
        await openSurvey(page, peer);
        await expectAccessible(page);
        await answerBehaviours(page, 0, 12);
        await waitUntilSaved(page, "Behaviours answered", 12);
        await expectAccessible(page);
        await answerBehaviours(page, 12, ITEMS);
        await writeComments(page, {
          start: "Share the reasons behind decisions, not only the decisions.",
          stop: "Stop rewriting our slides the night before a review.",
          continue: priyaComment,
        });
        await waitUntilSaved(page, "Behaviours answered", ITEMS);
        await sendAndExpectThanks(page, peer);
        await expectAccessible(page);
        await context.close();
      },
    );

    await step(
      "keeps a peer's answers when they leave midway and open their link again",
      async () => {
        const [, peer] = peers as [Rater, Rater];
        const first = await raterContext();
        const before = await first.newPage();
        await openSurvey(before, peer);
        await answerBehaviours(before, 0, 20);
        await writeComments(before, { stop: "Fewer status meetings." });
        await waitUntilSaved(before, "Behaviours answered", 20);
        await first.close();

        // Another browser altogether: what comes back was kept by Keel, not by the tab.
        const second = await raterContext();
        const page = await second.newPage();
        await openSurvey(page, peer);
        await page.getByText("Your answers so far are saved.").waitFor();
        const progress = page.getByRole("progressbar", { name: "Behaviours answered" });
        await expect(progress.getAttribute("aria-valuetext")).resolves.toBe(
          `20 of ${ITEMS} answered`,
        );
        for (let index = 0; index < 20; index += 1) {
          await expect(
            behaviour(page, index)
              .getByRole("radio", { name: othersAnswer(index), exact: true })
              .isChecked(),
          ).resolves.toBe(true);
        }
        await expect(
          behaviour(page, 20).getByRole("radio", { checked: true }).count(),
        ).resolves.toBe(0);
        await expect(page.getByLabel(questions.stop, { exact: true }).inputValue()).resolves.toBe(
          "Fewer status meetings.",
        );
        await page.getByRole("button", { name: "Go to the next unanswered behaviour" }).click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.tagName))
          .toBe("FIELDSET");
        await expect(
          behaviour(page, 20).evaluate((e) => e === document.activeElement),
        ).resolves.toBe(true);
        await answerBehaviours(page, 20, ITEMS);
        await writeComments(page, { continue: "Asking for our view before a decision." });
        await waitUntilSaved(page, "Behaviours answered", ITEMS);
        await sendAndExpectThanks(page, peer);
        await second.close();
      },
    );

    await step("takes the third peer's answers", async () => {
      const [, , peer] = peers as [Rater, Rater, Rater];
      await answerWholeSurvey(peer, {
        start: "Set a clearer agenda for the leadership meeting.",
        continue: "Standing up for the team in budget talks.",
      });
    });

    await step(
      "shows the coach how many answered, in counts of at least k raters, never who",
      async () => {
        await expectCounts([
          "Peers and other colleagues: 4 of 4 answered",
          "Direct reports: 0 of 3 answered",
        ]);
        await coachPage.getByText("4 of 7 answered so far.", { exact: false }).waitFor();
        await expectAccessible(coachPage);
      },
    );

    await step(
      "takes the answers of two of the three direct reports; the third never answers",
      async () => {
        const [first, second] = directReports as [Rater, Rater];
        await answerWholeSurvey(first, { start: "More one-to-ones, even short ones." });
        await answerWholeSurvey(second, { stop: "Cancelling one-to-ones at short notice." });
        await expectCounts([
          "Peers and other colleagues: 4 of 4 answered",
          "Direct reports: 2 of 3 answered",
        ]);
      },
    );

    await step(
      "lets the coach close the survey, after which the last link takes no answers",
      async () => {
        await coachPage.getByRole("button", { name: "Close now" }).click();
        const dialog = coachPage.getByRole("alertdialog", { name: "Close the survey now?" });
        await dialog.getByRole("button", { name: "Close now" }).click();
        await coachPage.getByText("The answers are in.").waitFor();
        await coachPage
          .getByRole("region", { name: "Responses" })
          .getByText("The survey closed with 6 of 7 answered.")
          .waitFor();

        const context = await raterContext();
        const page = await context.newPage();
        const [, , last] = directReports as [Rater, Rater, Rater];
        await page.goto(links.get(last.email) ?? "");
        await page.getByRole("heading", { level: 1, name: "This survey has closed" }).waitFor();
        await expect(page.locator("main fieldset").count()).resolves.toBe(0);
        await context.close();
      },
    );

    await step(
      "lets the coach preview the report and black out a colleague's name in a comment",
      async () => {
        await coachPage.getByRole("link", { name: "Preview the report" }).click();
        await coachPage.waitForURL(`${j.campaignUrl}/report`);
        await coachPage
          .getByRole("heading", { level: 1, name: `${client.name}'s 360 feedback report` })
          .waitFor();
        await coachPage.getByText("Preview: not yet released").waitFor();

        const comments = coachPage.getByRole("region", { name: "Comments" });
        const item = comments.getByRole("listitem").filter({ hasText: priyaComment });
        await item.getByRole("button", { name: "Black out words" }).click();
        await item.getByLabel("Words to black out").fill("Priya");
        await item.getByRole("button", { name: "Black out", exact: true }).click();
        await item.getByText("In the report", { exact: true }).waitFor();
        await item.getByText("[removed]", { exact: true }).waitFor();
        await item.getByRole("list", { name: "Blacked out" }).getByText("Priya").waitFor();
        await expectAccessible(coachPage);
      },
    );

    await step("lets the coach release the report after confirming", async () => {
      await coachPage.getByRole("link", { name: "Back to the campaign to release it" }).click();
      await coachPage.waitForURL(j.campaignUrl);
      await coachPage.getByRole("button", { name: "Release the report" }).click();
      const dialog = coachPage.getByRole("alertdialog", { name: "Release the report to Daniel?" });
      await dialog.getByText("The report can't be changed afterwards").waitFor();
      await dialog.getByRole("button", { name: "Release the report" }).click();
      await coachPage.getByText("Daniel can read the report.").waitFor();
    });

    await step(
      "shows the client the report: self and others, strengths, the merged groups and the redacted comments",
      async () => {
        await clientPage.goto(j.campaignUrl);
        await clientPage.getByRole("link", { name: "Read the report" }).click();
        await clientPage.waitForURL(`${j.campaignUrl}/report`);
        await clientPage
          .getByRole("heading", { level: 1, name: "Your 360 feedback report" })
          .waitFor();

        // Self against others, competency by competency.
        const chart = clientPage.getByRole("table", {
          name: /^Self and others for each competency/,
        });
        const rows = chart.locator("tbody tr");
        await rows.first().waitFor({ state: "attached" });
        await expect(rows.count()).resolves.toBe(COMPETENCIES);
        await expect(clientPage.getByText("Preview: not yet released").count()).resolves.toBe(0);
        await expect(rows.locator("th").first().textContent()).resolves.toBe("Setting direction");
        for (const cells of await rows.evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
        )) {
          expect(cells[0]).toMatch(/^[1-5]\.\d$/);
          expect(cells[1]).toMatch(/^[1-5]\.\d$/);
        }
        const first = await rows.first().locator("td").allTextContents();
        expect(first.slice(0, 2)).toEqual(["5.0", "3.0"]);

        // Strengths and development areas, each with its figures.
        const highlights = clientPage.getByRole("region", {
          name: "Strengths and development areas",
        });
        await highlights.getByRole("heading", { name: "Top strengths" }).waitFor();
        await expect(
          highlights.locator("ol").first().locator("li").count(),
        ).resolves.toBeGreaterThan(0);
        await expect(
          highlights.locator("ol").nth(1).locator("li").count(),
        ).resolves.toBeGreaterThan(0);

        // Two direct reports answered: fewer than k = 3, so they have no figures of their own.
        const facts = clientPage.getByRole("region", { name: "About this report" });
        await facts.getByText("6 responses, and a self-rating").waitFor();
        const units = await facts.locator("ul li").allTextContents();
        expect(units.some((unit) => unit.startsWith("Direct reports"))).toBe(false);
        const byGroup = clientPage.getByRole("region", { name: "By group" });
        const headers = await byGroup.locator("thead th").allTextContents();
        expect(headers.some((header) => header.startsWith("Direct reports"))).toBe(false);
        expect(
          headers.some((h) => h.startsWith("Other colleagues")) ||
            (await facts.getByText(/in no figure of this report/).count()) > 0,
        ).toBe(true);
        await expect(clientPage.getByText(/^Direct reports/).count()).resolves.toBe(0);

        // The comments, with the colleague's name blacked out everywhere on the page.
        const comments = clientPage.getByRole("region", { name: "Comments" });
        await comments.getByText("Keeps [removed] and the rest of us informed").waitFor();
        await comments.getByText("Stop rewriting our slides").waitFor();
        await expect(clientPage.locator("body").textContent()).resolves.not.toContain("Priya");
        await expect(clientPage.content()).resolves.not.toContain("Priya");

        await expectAccessible(clientPage);
        await clientPage.setViewportSize(phone);
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(laptop);
      },
    );

    await step("gives the client a working PDF of the report", async () => {
      const link = clientPage.getByRole("link", { name: "Download PDF" });
      const [download] = await Promise.all([clientPage.waitForEvent("download"), link.click()]);
      const pdf = fs.readFileSync(await download.path());
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // The PDF is the same released report: the name is blacked out there too.
      const text = pdfText(pdf).replace(/\s+/g, " ");
      expect(text).toContain("360-degree feedback report");
      expect(text).toContain(client.name);
      expect(text).toContain("[removed]");
      expect(text).toContain("Stop rewriting our slides");
      expect(text).not.toContain("Priya");
      expect(text).not.toContain("Direct reports");

      const response = await clientPage.request.get((await link.getAttribute("href")) ?? "");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/pdf");
      expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
    });

    await step("leads the client from their home to the released report", async () => {
      await clientPage.goto(`${j.keel.url}/`);
      const card = clientPage.getByRole("region", { name: engagementTitle });
      await card.getByText("Your 360 feedback report is ready to read.").waitFor();
      await expect(clientPage.getByText(/Complete your.*360 feedback/).count()).resolves.toBe(0);
      await card.getByRole("link", { name: "Read your 360 feedback report" }).click();
      await clientPage.waitForURL(`${j.campaignUrl}/report`);
    });

    await step("suggests development profile entries from the released 360", async () => {
      await clientPage.goto(`${j.engagementUrl}/development-profile`);
      await clientPage
        .getByRole("heading", { level: 1, name: "Your development profile" })
        .waitFor();
      const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
      const from360 = suggestions.getByRole("link", { name: /^360 feedback · / });
      await from360.first().waitFor();
      const articles = suggestions
        .getByRole("article")
        .filter({ has: clientPage.getByRole("link", { name: /^360 feedback · / }) });
      await expect(articles.count()).resolves.toBeGreaterThan(0);
      for (const href of await from360.evaluateAll((anchors) =>
        anchors.map((a) => a.getAttribute("href") ?? ""),
      )) {
        expect(href).toContain(`${new URL(j.campaignUrl).pathname}/report#`);
      }
      await expectAccessible(clientPage);
    });

    await step("sets a suggestion aside and brings it back", async () => {
      const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
      const first = suggestions.getByRole("article").first();
      const title = (await first.getByRole("heading", { level: 3 }).textContent()) ?? "";
      await first.getByRole("button", { name: /^Set aside/ }).click();
      await clientPage.getByText(`Set aside “${title}”`, { exact: false }).waitFor();
      const aside = suggestions.getByText(/^Set aside \(1\)$/);
      await aside.click();
      await suggestions.getByRole("button", { name: /^Bring back/ }).click();
      await suggestions.getByRole("heading", { level: 3, name: title }).waitFor();
      await expect(aside.count()).resolves.toBe(0);
    });
  }, 900_000);
});
