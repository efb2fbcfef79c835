import { type RenderedMail, render } from "../mail/templates";

/** The double opt-in mail: one link, which opens a page whose button confirms every list named. */
export function confirmationMail(input: {
  name: string;
  practiceName: string;
  /** What was asked for: the course's title in quotes, "new articles", or both. */
  lists: { kind: "course" | "articles"; title: string }[];
  url: string;
}): RenderedMail {
  const named = input.lists.map((l) =>
    l.kind === "course"
      ? `the email course “${l.title}”`
      : "a mail when a new article is published",
  );
  const asked = named.join(" and ");
  const course = input.lists.find((l) => l.kind === "course");
  return render(
    course
      ? `Confirm your subscription to “${course.title}”`
      : `Confirm your subscription to ${input.practiceName}'s articles`,
    [
      `Hello ${input.name},`,
      `You asked ${input.practiceName} for ${asked}. Please confirm that this is your address: open the link and press the button. Nothing is sent until you do.`,
      "If you did not ask for this, ignore this mail and nothing more will arrive.",
    ],
    { label: "Confirm my subscription", url: input.url },
  );
}
