import type { CampaignSummary } from "../../../../contract/feedback";
import type { Viewer } from "./campaign-steps";

export type SummaryAction = { label: string; to: string; primary: boolean };

export const campaignPath = (id: string) => `/feedback-campaigns/${id}`;
export const selfRatingPath = (id: string) => `/feedback-campaigns/${id}/self-rating`;
export const reportPath = (id: string, section?: string) =>
  `/feedback-campaigns/${id}/report${section ? `#${section}` : ""}`;

/** The one thing to do with a campaign from a list, for its coach or its client. */
export function summaryAction(
  { id, status, selfRated }: Pick<CampaignSummary, "id" | "status" | "selfRated">,
  viewer: Viewer,
): SummaryAction {
  const open = (label: string, primary = false) => ({ label, to: campaignPath(id), primary });
  if (viewer === "client") {
    switch (status) {
      case "draft":
        return open("Details");
      case "nominating":
        return open("Nominate raters", true);
      case "approval":
        return open("See your list");
      case "collecting":
        return selfRated
          ? open("See responses")
          : { label: "Rate yourself", to: selfRatingPath(id), primary: true };
      case "closed":
        return open("Details");
      case "released":
        return { label: "Read the report", to: reportPath(id), primary: true };
    }
  }
  switch (status) {
    case "draft":
      return open("Set up", true);
    case "nominating":
      return open("Details");
    case "approval":
      return open("Review the list", true);
    case "collecting":
      return open("See responses");
    case "closed":
      return open("Review and release", true);
    case "released":
      return { label: "Read the report", to: reportPath(id), primary: false };
  }
}

/** Raters are answering, or have answered: the counts mean something. */
export function hasResponses(status: CampaignSummary["status"]): boolean {
  return status === "collecting" || status === "closed" || status === "released";
}
