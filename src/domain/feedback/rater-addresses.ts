import type { FieldProblem } from "../field-problem";
import { mailboxOf } from "./mailbox";

/** The people of an engagement: none of them may rate the client, under any spelling. */
export interface EngagementPerson {
  role: "client" | "coach" | "sponsor";
  email: string;
}

export interface ListedRater {
  id: string;
  name: string;
  email: string;
}

const WHY_NOT: Record<EngagementPerson["role"], string> = {
  client: "the client rates themselves apart, never as a rater",
  coach: "the coach runs this feedback and cannot also answer it",
  sponsor: "the sponsor takes part in the engagement and cannot also answer as a rater",
};

/**
 * Why this address cannot be a rater of the list, or null: it is the mailbox of a person of
 * the engagement, or of a rater already on the list (but `self`, the rater being changed).
 * One person answering twice, or a party answering as someone else, would outweigh a group.
 */
export function raterAddressProblem(
  email: string,
  people: readonly EngagementPerson[],
  raters: readonly ListedRater[],
  self?: string,
): FieldProblem | null {
  const mailbox = mailboxOf(email);
  const written = email.trim().toLowerCase();
  const person = people.find((p) => mailboxOf(p.email) === mailbox);
  if (person) {
    const whose = `the ${person.role}'s`;
    const what =
      person.email.toLowerCase() === written
        ? `This is ${whose} own address`
        : `This is the same mailbox as ${whose} address, written another way`;
    return { path: "email", message: `${what}: ${WHY_NOT[person.role]}` };
  }
  const rater = raters.find((r) => r.id !== self && mailboxOf(r.email) === mailbox);
  if (rater)
    return {
      path: "email",
      message: `This is the same mailbox as ${rater.name} (${rater.email}), already on the list: one person answers once`,
    };
  return null;
}
