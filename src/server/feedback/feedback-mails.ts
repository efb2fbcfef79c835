import { RATER_GROUP_LABELS, type RaterGroup } from "../../domain/feedback/rater-groups";
import { type RenderedMail, render, renderWithLinks } from "../mail/templates";
import { spokenDate } from "./deadlines";

const SURVEY_MINUTES = 15;

/** What a rater is to the client, in a sentence: "as their manager". */
const AS_GROUP: Record<RaterGroup, string> = {
  manager: "as their manager",
  peer: "as one of their peers",
  direct_report: "as someone who reports to them",
  other: "as someone who works with them",
};

/** Opens the 360 for the client: both things they have to do, the raters and their self-rating. */
export function nominationsOpenMail(input: {
  clientName: string;
  coachName: string;
  url: string;
  selfRatingUrl: string;
}): RenderedMail {
  return renderWithLinks(
    `${input.coachName} asks you to choose raters for your 360-degree feedback and rate yourself`,
    [
      `Hello ${input.clientName},`,
      `${input.coachName} has started a 360-degree feedback for you: people you work with describe how they see your leadership, and you rate yourself on the same behaviours.`,
      "Two things are yours to do: choose raters, and rate yourself. Name the people you would like to ask: your manager, peers, people who report to you and others; your coach approves the list before anyone is asked. Your self-rating is open now: begin it when you like and come back to it until the survey closes.",
    ],
    [
      { label: "Choose your raters", url: input.url },
      { label: "Rate yourself", url: input.selfRatingUrl },
    ],
  );
}

export function listReturnedMail(input: {
  clientName: string;
  coachName: string;
  url: string;
}): RenderedMail {
  return render(
    `${input.coachName} sent your list of raters back`,
    [
      `Hello ${input.clientName},`,
      `${input.coachName} sent your list of raters back to you. Look at it again, change what is needed and send it for approval.`,
    ],
    { label: "Open your raters", url: input.url },
  );
}

export function approvalRequestedMail(input: {
  coachName: string;
  clientName: string;
  raterCount: number;
  url: string;
}): RenderedMail {
  return render(
    `${input.clientName} sent their raters for approval`,
    [
      `Hello ${input.coachName},`,
      `${input.clientName} named ${input.raterCount} raters for their 360-degree feedback. Approve the list, or change it, to send the invitations.`,
    ],
    { label: "Review the raters", url: input.url },
  );
}

export interface RaterMailInput {
  raterName: string;
  group: RaterGroup;
  clientName: string;
  coachName: string;
  practiceName: string;
  deadline: string;
  threshold: number;
  managerIdentified: boolean;
  url: string;
}

export function raterInvitationMail(input: RaterMailInput): RenderedMail {
  return render(
    `${input.clientName} asks for your feedback`,
    [
      `Hello ${input.raterName},`,
      `${input.clientName} is working on their leadership with ${input.coachName} of ${input.practiceName}, and would value your honest view of how they lead. They named you ${AS_GROUP[input.group]}.`,
      ...surveyFacts(input),
    ],
    { label: "Give your feedback", url: input.url },
  );
}

export function raterReminderMail(
  input: RaterMailInput & { kind: "three-days" | "last-day" },
): RenderedMail {
  const when = input.kind === "last-day" ? "Today is the last day" : "Three days are left";
  return render(
    `Reminder: ${input.clientName} asks for your feedback`,
    [
      `Hello ${input.raterName},`,
      `${when} to give ${input.clientName} your feedback. If you have begun, your answers are saved: the link takes you back to them.`,
      ...surveyFacts(input),
    ],
    { label: "Give your feedback", url: input.url },
  );
}

/** The same link again, which the coach sent on the rater's behalf: they lost the first mail. */
export function raterLinkAgainMail(input: RaterMailInput): RenderedMail {
  return render(
    `Your link to give ${input.clientName} feedback`,
    [
      `Hello ${input.raterName},`,
      `Here is your link again: ${input.coachName} of ${input.practiceName} sent it once more in case the first mail went missing. It is the same private link as before. If you have already answered, thank you: there is nothing more to do.`,
      ...surveyFacts(input),
    ],
    { label: "Give your feedback", url: input.url },
  );
}

/** The deadline, the time it takes and, in plain words, who will see what. */
function surveyFacts(input: RaterMailInput): string[] {
  return [
    `It takes about ${SURVEY_MINUTES} minutes, works on a phone, and you can save and come back. Please answer by the end of ${spokenDate(input.deadline)}.`,
    `Your ratings are never shown on their own: they are combined with the ratings of others in your group, and a group's results appear only when at least ${input.threshold} people have answered. Smaller groups are merged or left out. Your comments are shown without your name, mixed with everyone else's.`,
    ...managerSentence(input),
    "The link is yours alone: please do not forward it.",
  ];
}

function managerSentence(input: RaterMailInput): string[] {
  if (!input.managerIdentified) return [];
  if (input.group === "manager")
    return [
      `As ${input.clientName}'s manager, your ratings are shown on their own, not combined with others', so ${input.clientName} will know they are yours.`,
    ];
  return [
    "The manager's ratings are shown separately, on their own; yours stay combined with others' as described above.",
  ];
}

export function reportReadyMail(input: {
  clientName: string;
  coachName: string;
  url: string;
}): RenderedMail {
  return render(
    "Your 360-degree feedback report is ready",
    [
      `Hello ${input.clientName},`,
      `${input.coachName} has released your 360-degree feedback report. It shows how the people you work with see your leadership, next to how you see it yourself.`,
    ],
    { label: "Read your report", url: input.url },
  );
}

/** To the party who must approve a rater added once answers had begun. */
export function raterApprovalNeededMail(input: {
  approverName: string;
  adderName: string;
  raterName: string;
  raterEmail: string;
  group: RaterGroup;
  url: string;
}): RenderedMail {
  return render(
    `${input.adderName} added a rater who needs your approval`,
    [
      `Hello ${input.approverName},`,
      `${input.adderName} added ${input.raterName} (${input.raterEmail}) to the group "${RATER_GROUP_LABELS[input.group]}" of a 360-degree feedback that is already collecting answers. They get their link only once you approve. If you do not know them, decline.`,
    ],
    { label: "Review the rater", url: input.url },
  );
}
