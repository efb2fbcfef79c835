import { render } from "../mail/templates";

export function pulseInvitationMail(input: {
  stakeholderName: string;
  clientName: string;
  practiceName: string;
  questions: number;
  closesOn: string;
  threshold: number;
  url: string;
}) {
  return render(
    `${input.clientName} asks for your view: ${input.questions} quick questions`,
    [
      `Hello ${input.stakeholderName},`,
      `${input.clientName} is working with a coach at ${input.practiceName} on a few behaviours and chose you as someone who sees them at work. How have they been doing lately? ${input.questions} ratings and, if you like, one suggestion for the future. It takes two minutes, on your phone too.`,
      `Your answers are anonymous: they are kept sealed until the pulse closes on ${input.closesOn}, then joined with the others. Nothing is shown unless at least ${input.threshold} people answered, and nothing shows who said what.`,
      "The link is yours alone; please do not forward it.",
    ],
    { label: "Answer the pulse", url: input.url },
  );
}

export function pulseReminderMail(input: {
  stakeholderName: string;
  clientName: string;
  closesOn: string;
  url: string;
}) {
  return render(
    `A reminder: ${input.clientName}'s pulse closes on ${input.closesOn}`,
    [
      `Hello ${input.stakeholderName},`,
      `${input.clientName}'s pulse is still open until ${input.closesOn}. If you have not answered yet, it takes two minutes; if you have, thank you, and please ignore this mail.`,
      "Your answers stay anonymous: nothing shows unless enough people answered, and nothing shows who said what.",
    ],
    { label: "Answer the pulse", url: input.url },
  );
}

export function stakeholderToApproveMail(input: {
  approverName: string;
  adderName: string;
  stakeholderName: string;
  url: string;
}) {
  return render(
    `${input.adderName} added a stakeholder for you to approve`,
    [
      `Hello ${input.approverName},`,
      `${input.adderName} added ${input.stakeholderName} to the stakeholders who answer the pulses on the goal behaviours, and may add more. No link goes to anyone until you approve them: whoever adds a stakeholder, the other approves, so that nobody can fill the list alone.`,
      "Approve or decline each on the engagement's page, under Stakeholder pulses.",
    ],
    { label: "See the stakeholders", url: input.url },
  );
}

export function pulseClosedMail(input: {
  recipientName: string;
  clientName: string;
  shown: boolean;
  threshold: number;
  url: string;
}) {
  return render(
    input.shown
      ? `The pulse on ${input.clientName}'s goals is in`
      : "A pulse closed with too few answers",
    [
      `Hello ${input.recipientName},`,
      input.shown
        ? "The latest stakeholder pulse has closed. How the stakeholders rate each behaviour, and their suggestions for the future, are on the engagement's page beside the earlier pulses."
        : `The latest stakeholder pulse has closed with fewer than ${input.threshold} answers, so nothing from it is shown: that keeps each answer anonymous. The next pulse goes to the same stakeholders; a word from ${input.clientName} to them may help.`,
    ],
    { label: "See the pulses", url: input.url },
  );
}
