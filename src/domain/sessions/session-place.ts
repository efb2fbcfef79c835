import type { FieldProblem } from "../field-problem";

// Where a session is held, checked against how: an address to meet at, a number to call, or a
// video link of its own (none means the engagement's link).

type Mode = "in_person" | "phone" | "video";

const MIN_PHONE_DIGITS = 6;

/** What is wrong with `place` for `mode`, at the field "place"; null when it will do. */
export function placeProblem(mode: Mode, place: string): FieldProblem | null {
  const text = place.trim();
  const problem = (message: string) => ({ path: "place", message });
  if (mode === "in_person")
    return text === "" ? problem("Give the address where you will meet") : null;
  if (mode === "phone") {
    if (text === "") return problem("Give the phone number to call");
    const digits = text.replace(/\D/g, "").length;
    return digits < MIN_PHONE_DIGITS
      ? problem("Give the whole phone number, with its area code, e.g. +44 20 7946 0000")
      : null;
  }
  if (text === "") return null;
  return isHttpsLink(text)
    ? null
    : problem("Give the meeting's https:// link, or leave it empty to use the engagement's link");
}

function isHttpsLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}
