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
