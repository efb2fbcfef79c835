import { render } from "../mail/templates";

/** The mail of a client of the practice added to a programme by an import: no invitation, a sign-in. */
export function addedToProgrammeMail(input: {
  adminName: string;
  practiceName: string;
  programmeName: string;
  signInUrl: string;
}) {
  return render(
    `${input.adminName} added you to ${input.programmeName}`,
    [
      `${input.adminName} added you to the programme ${input.programmeName} of ${input.practiceName} on Keel.`,
      "You keep your account and the coaching you have: sign in as usual. The practice will tell you who coaches you in the programme.",
    ],
    { label: "Sign in to Keel", url: input.signInUrl },
  );
}
