// The headers that make a list's mail a list's mail (RFC 2369, 2919, 8058): exactly one
// List-Unsubscribe with one HTTPS address carrying the unguessable token, the one-click POST
// marker, and a List-Id mail programs file and filter by. DKIM covers all three
// (src/server/mail/mailer.ts).

export interface ListHeadersInput {
  /** "<title> <id.host>" as RFC 2919 has it, e.g. listId("Leadership course", "course.demo", "keel.example"). */
  listId: string;
  unsubscribeUrl: string;
}

export const LIST_HEADER_NAMES = ["List-Unsubscribe", "List-Unsubscribe-Post", "List-Id"] as const;

export function listHeaders(input: ListHeadersInput): Record<string, string> {
  // Production Keel is served over HTTPS; a developer's http://localhost still gets the header.
  if (!/^https?:\/\/[^\s<>,]+$/.test(input.unsubscribeUrl))
    throw new Error("the unsubscribe address must be one web address");
  if (/[\r\n]/.test(input.listId)) throw new Error("a List-Id is one line");
  return {
    "List-Unsubscribe": `<${input.unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": input.listId,
  };
}

/**
 * An RFC 2919 List-Id: a phrase (the title, quoted where it needs to be) and a dotted id made of
 * the given labels under the public host, e.g. `"Lessons" <course-x.demo.keel.example>`.
 */
export function listId(title: string, labels: string[], publicUrl: string): string {
  const host = hostOf(publicUrl);
  const id = [...labels.map(label), host].filter(Boolean).join(".");
  const phrase = title.replace(/[\r\n"\\]/g, " ").trim();
  return `"${phrase}" <${id}>`;
}

const label = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63);

function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || "localhost";
  } catch {
    return "localhost";
  }
}
