import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  type CampaignStatus,
} from "../../../../domain/feedback/campaign-status";

/** Who looks at a campaign: its coach or its client. */
export type Viewer = "coach" | "client";

/** The first names of the campaign's two people, as the page speaks of them. */
export type Names = { client: string; coach: string };

export type StepState = "done" | "current" | "upcoming";

export type Step = {
  status: CampaignStatus;
  label: string;
  /** Who acts at this step, e.g. "Tom" or "The raters". */
  actor: string;
  /** What happens at this step, in a sentence. */
  description: string;
  state: StepState;
};

/** "Tom" from "Tom Becker". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

function stepText(status: CampaignStatus, { client, coach }: Names) {
  switch (status) {
    case "draft":
      return {
        actor: coach,
        description:
          "The coach chooses the competency model, the deadline and the anonymity rules.",
      };
    case "nominating":
      return {
        actor: client,
        description: `${client} names the colleagues to ask: a manager, peers, direct reports and others.`,
      };
    case "approval":
      return {
        actor: coach,
        description: `${coach} checks the list, edits it if needed, and sends the invitations.`,
      };
    case "collecting":
      return {
        actor: "The raters",
        description: `Each rater answers through a private link until the deadline; ${client} rates themselves too.`,
      };
    case "closed":
      return {
        actor: coach,
        description: `The answers are frozen. ${coach} reviews the report and its comments.`,
      };
    case "released":
      return {
        actor: client,
        description: `${client} reads the report. It never changes from now on.`,
      };
  }
}

/** The six steps of a campaign, each with who acts and what happens, and where it stands now. */
export function campaignSteps(status: CampaignStatus, names: Names): Step[] {
  const current = CAMPAIGN_STATUSES.indexOf(status);
  return CAMPAIGN_STATUSES.map((step, index) => ({
    status: step,
    label: CAMPAIGN_STATUS_LABELS[step],
    ...stepText(step, names),
    state: index < current ? "done" : index === current ? "current" : "upcoming",
  }));
}

type NextStepFacts = {
  status: CampaignStatus;
  selfRated: boolean;
  /** Problems the rater list still has against the group limits. */
  problemCount: number;
};

/** What happens next, said to the viewer: what they do now, or whom they wait for. */
export function nextStepText(
  { status, selfRated, problemCount }: NextStepFacts,
  viewer: Viewer,
  { client, coach }: Names,
): string {
  const asCoach = viewer === "coach";
  switch (status) {
    case "draft":
      return asCoach
        ? `Check the settings, then ask ${client} to nominate raters. You can add raters yourself too.`
        : `${coach} is preparing a 360 feedback survey. You'll be asked to nominate raters soon.`;
    case "nominating":
      if (asCoach)
        return `${client} is nominating raters. Once they send you the list, you approve it and the invitations go out.`;
      return problemCount > 0
        ? `Nominate the colleagues you'd like feedback from, then send the list to ${coach}.`
        : `Your list meets the minimums. Add anyone else you'd like to ask, then send the list to ${coach}.`;
    case "approval":
      return asCoach
        ? `${client} has sent the list. Edit it if needed, then approve it: each rater gets a mail with a private link.`
        : `${coach} is checking your list. Each rater gets an invitation once it is approved.`;
    case "collecting":
      if (asCoach)
        return "Raters are answering. The survey closes at the end of the deadline, or when you close it.";
      return selfRated
        ? "Your raters are answering. You'll read the report once your coach releases it."
        : "Your raters are answering. Rate yourself on the same behaviours, so the report can set your view beside theirs.";
    case "closed":
      return asCoach
        ? `The answers are in. Review the comments and black out words that could identify someone, then release the report to ${client}.`
        : `The survey has closed. ${coach} is preparing your report.`;
    case "released":
      return asCoach
        ? `${client} can read the report. It never changes from now on.`
        : "Your report is ready. It stays as it is, so you can come back to it.";
  }
}

/** The words on the button of a move, as the person making it would say it. */
export function moveLabel(
  from: CampaignStatus,
  to: CampaignStatus,
  viewer: Viewer,
  { client, coach }: Names,
): string {
  if (viewer === "client") return to === "approval" ? `Send the list to ${coach}` : "Continue";
  if (to === "nominating")
    return from === "draft" ? `Ask ${client} to nominate raters` : `Send back to ${client}`;
  if (to === "approval") return "Stop nominations and review the list";
  if (to === "collecting") return "Approve and send invitations";
  if (to === "closed") return "Close now";
  if (to === "released") return "Release the report";
  return CAMPAIGN_STATUS_LABELS[to];
}

/** A move goes backwards when it returns the list to the client. */
export function isStepBack(from: CampaignStatus, to: CampaignStatus): boolean {
  return CAMPAIGN_STATUSES.indexOf(to) < CAMPAIGN_STATUSES.indexOf(from);
}

export type MoveConfirmation = {
  title: string;
  paragraphs: string[];
  confirmLabel: string;
};

/** What to say before a move that cannot be undone; null for the others. */
export function moveConfirmation(
  to: CampaignStatus,
  { client }: Names,
  raterCount: number,
): MoveConfirmation | null {
  switch (to) {
    case "collecting":
      return {
        title: `Send invitations to ${raterCount} ${raterCount === 1 ? "rater" : "raters"}?`,
        paragraphs: [
          "Each rater gets a mail with their private link now; mails can't be called back.",
          "After this, the anonymity settings are fixed and raters can no longer be edited or removed. You can still add raters and move the deadline.",
        ],
        confirmLabel: "Approve and send invitations",
      };
    case "closed":
      return {
        title: "Close the survey now?",
        paragraphs: [
          "Raters who haven't answered yet can't answer any more, and the answers are frozen.",
          "This can't be undone.",
        ],
        confirmLabel: "Close now",
      };
    case "released":
      return {
        title: `Release the report to ${client}?`,
        paragraphs: [
          `${client} can read it as soon as you release it.`,
          "The report can't be changed afterwards: review the comments first.",
        ],
        confirmLabel: "Release the report",
      };
    default:
      return null;
  }
}
