import type { ClientsAtRiskList } from "../../contract/accountability";
import { escapeHtml, type RenderedMail } from "../mail/templates";

// The weekly digest: for a coach, the clients who need them (the words of the coach's home), and
// for anyone the mail they chose to get weekly, as it was rendered, oldest first. Reasons quote
// client text: the mail carries them, never the subject nor a log.

export interface HeldMail {
  subject: string;
  text: string;
  /** The day it was kept, in the reader's zone. */
  on: string;
}

export interface DigestInput {
  name: string;
  publicUrl: string;
  /** A coach's clients at risk; absent for anyone else, or a coach who turned that part off. */
  atRisk?: ClientsAtRiskList["clients"];
  held: HeldMail[];
}

const SEVERITY = { act: "Act this week", watch: "Worth a look" } as const;
const CALM = "Nobody needs your attention this week: every client is on track. Enjoy the calm.";

export function digestSubject(input: Pick<DigestInput, "atRisk" | "held">): string {
  const held = input.held.length;
  const updates = held === 0 ? "" : held === 1 ? ", and 1 update" : `, and ${held} updates`;
  if (input.atRisk) {
    const count = input.atRisk.length;
    const clients =
      count === 0
        ? "nobody needs your attention"
        : count === 1
          ? "1 client needs you"
          : `${count} clients need you`;
    return `Your week in Keel: ${clients}${updates}`;
  }
  return held === 1 ? "Your weekly digest: 1 update" : `Your weekly digest: ${held} updates`;
}

export function digestMail(input: DigestInput): RenderedMail {
  const home = `${input.publicUrl}/`;
  const settings = `${input.publicUrl}/settings`;
  const engagementUrl = (id: string) => `${input.publicUrl}/engagements/${id}`;
  const text: string[] = [`Hello ${input.name},`];
  const html: string[] = [paragraph(`Hello ${input.name},`)];

  if (input.atRisk) {
    if (input.atRisk.length === 0) {
      text.push(CALM);
      html.push(paragraph(CALM));
    } else {
      const intro = "The clients who need you, most at risk first:";
      text.push(intro);
      html.push(heading(intro));
      input.atRisk.forEach(({ client, engagement, warnings }, index) => {
        text.push(
          [
            `${index + 1}. ${client.name} (${engagement.title})`,
            ...warnings.flatMap((w) => [
              `   ${SEVERITY[w.severity]}: ${w.reason}`,
              `   Suggested: ${w.action}`,
            ]),
            `   Open: ${engagementUrl(engagement.id)}`,
          ].join("\n"),
        );
      });
      html.push(
        `<ol style="padding-left:20px;margin:0 0 16px">${input.atRisk
          .map(
            ({ client, engagement, warnings }) =>
              `<li style="margin:0 0 16px"><a href="${escapeHtml(engagementUrl(engagement.id))}" style="color:#0f766e;font-weight:600">${escapeHtml(client.name)}</a> <span style="color:#475569">· ${escapeHtml(engagement.title)}</span><ul style="padding-left:18px;margin:6px 0 0">${warnings
                .map(
                  (w) =>
                    `<li style="margin:0 0 6px"><strong style="color:${w.severity === "act" ? "#b91c1c" : "#b45309"}">${SEVERITY[w.severity]}:</strong> ${escapeHtml(w.reason)}<br><span style="color:#475569">Suggested: ${escapeHtml(w.action)}</span></li>`,
                )
                .join("")}</ul></li>`,
          )
          .join("")}</ol>`,
      );
    }
    text.push(`Your clients in Keel: ${home}`);
    html.push(
      `<p style="margin:0 0 24px"><a href="${escapeHtml(home)}" style="background:#0f766e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Open your clients in Keel</a></p>`,
    );
  }

  if (input.held.length > 0) {
    const intro = "The mail you chose to get in this weekly digest, oldest first:";
    text.push(intro);
    html.push(heading(intro));
    for (const item of input.held) {
      text.push(`--- ${item.subject} (${item.on})\n\n${item.text}`);
      html.push(
        `<div style="border-left:3px solid #cbd5e1;padding:0 0 0 12px;margin:0 0 20px"><p style="margin:0 0 8px;font-weight:600">${escapeHtml(item.subject)} <span style="color:#475569;font-weight:400">(${escapeHtml(item.on)})</span></p>${item.text
          .split(/\n{2,}/)
          .map((p) => `<p style="margin:0 0 8px">${linked(p)}</p>`)
          .join("")}</div>`,
      );
    }
  }

  const closing = `You choose which mail comes each time, which waits for this digest and which never comes, in Keel under Settings, Mail: ${settings}`;
  text.push(closing);
  html.push(`<p style="color:#475569;font-size:13px">${linked(closing)}</p>`);
  return {
    subject: digestSubject(input),
    text: text.join("\n\n"),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto;padding:0 16px">${html.join("")}</body></html>`,
  };
}

const paragraph = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
const heading = (h: string) =>
  `<h2 style="font-size:16px;margin:24px 0 12px">${escapeHtml(h)}</h2>`;

/** Escaped text, its lines kept and its web addresses made links. */
function linked(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"']+)/)
    .map((part, index) =>
      index % 2 === 1
        ? `<a href="${escapeHtml(part)}" style="color:#0f766e">${escapeHtml(part)}</a>`
        : escapeHtml(part),
    )
    .join("")
    .replace(/\n/g, "<br>");
}
