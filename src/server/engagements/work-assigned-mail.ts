import { spokenDate } from "../feedback/deadlines";
import { type RenderedMail, render, renderWithLinks } from "../mail/templates";

export interface AssignedWork {
  kind: "questionnaire" | "exercise";
  title: string;
  dueDate: string | null;
  url: string;
  assignerName: string;
}

const COUNTS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const counted = (n: number) => COUNTS[n] ?? String(n);

/** What one thing is, in the words of a sentence: "the questionnaire Big-Five markers". */
function described(work: AssignedWork): string {
  const due = work.dueDate ? `, by ${spokenDate(work.dueDate)}` : "";
  return `the ${work.kind} "${work.title}"${due}`;
}

/** To the client: what their coach gave them to do, each with a link straight to it. */
export function workAssignedMail(input: {
  clientName: string;
  work: AssignedWork[];
}): RenderedMail {
  const [first, ...rest] = input.work;
  if (!first) throw new Error("a mail about no work");
  const assigners = [...new Set(input.work.map((work) => work.assignerName))];
  const who = assigners.length === 1 ? first.assignerName : "Your coaches";
  const hello = `Hello ${input.clientName},`;
  if (rest.length === 0)
    return render(
      `${who} asks you to fill in ${first.kind === "exercise" ? "an exercise" : "a questionnaire"}: ${first.title}`,
      [hello, `${who} asks you to fill in ${described(first)}.`, OPEN_ONE],
      { label: `Open ${first.title}`, url: first.url },
    );
  return renderWithLinks(
    `${who} gave you ${counted(input.work.length)} things to fill in`,
    [hello, `${who} asks you to fill in ${counted(input.work.length)} things in Keel:`],
    input.work.map((work) => ({
      label: `${work.title} (${work.kind}${work.dueDate ? `, by ${spokenDate(work.dueDate)}` : ""})`,
      url: work.url,
    })),
    [OPEN_EACH],
  );
}

const OPEN_ONE = "The link opens it in Keel once you have signed in. It is on your home page too.";
const OPEN_EACH =
  "Each link opens one of them in Keel once you have signed in. They are on your home page too.";
