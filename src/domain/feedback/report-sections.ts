import type { FeedbackReport } from "./report-types";

/**
 * The parts of the 360 report, in order: the web page and the PDF are both built from this list,
 * and the PDF has a part for each id (a type error otherwise), so neither can gain a part the
 * other lacks. Each part's heading and the sentence under it are written here once.
 */
export const REPORT_SECTIONS = [
  { id: "about", title: "About this report" },
  { id: "self-and-others", title: "Self and others" },
  { id: "by-group", title: "By group" },
  { id: "strengths", title: "Strengths and development areas" },
  { id: "gaps", title: "Blind spots and hidden strengths" },
  { id: "extremes", title: "Highest and lowest rated, by group" },
  { id: "behaviours", title: "Behaviour by behaviour" },
  { id: "comments", title: "Comments" },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]["id"];

export function sectionTitle(id: ReportSectionId): string {
  return REPORT_SECTIONS.find((section) => section.id === id)?.title ?? id;
}

/** The sentence under a part's heading, if it has one. */
export function sectionDescription(
  id: ReportSectionId,
  report: FeedbackReport,
): string | undefined {
  const { scale, rules } = report;
  switch (id) {
    case "self-and-others":
      return `The mean rating of each competency's behaviours, from ${scale.min} (${scale.labels[0]}) to ${scale.max} (${scale.labels.at(-1)}).`;
    case "by-group":
      return "Each group's mean rating of each competency. Groups too small to show on their own are combined.";
    case "strengths":
      return rules.strengths;
    case "behaviours":
      return rules.split;
    case "comments":
      return "Comments only from groups the report shows, in shuffled order, with no names and no times.";
    default:
      return undefined;
  }
}

/** The four lists of behaviours picked out by a rule, with what each says when it is empty. */
export function highlightLists(report: FeedbackReport) {
  const noSelf = "No self-rating to compare.";
  return {
    strengths: {
      title: "Top strengths",
      items: report.strengths,
      empty: "Not enough answers to pick out strengths.",
    },
    developmentAreas: {
      title: "Development areas",
      items: report.developmentAreas,
      empty: "Not enough answers to pick out development areas.",
    },
    blindSpots: {
      title: "Blind spots",
      rule: report.rules.blindSpot,
      items: report.blindSpots,
      empty: report.selfRated ? "No blind spots by this rule." : noSelf,
    },
    hiddenStrengths: {
      title: "Hidden strengths",
      rule: report.rules.hiddenStrength,
      items: report.hiddenStrengths,
      empty: report.selfRated ? "No hidden strengths by this rule." : noSelf,
    },
  };
}
