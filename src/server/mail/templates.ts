export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function layout(paragraphs: string[], action: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto;padding:0 16px">${body}<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0f766e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="color:#475569;font-size:13px">Or open this link: ${escapeHtml(action.url)}</p></body></html>`;
}

export function render(
  subject: string,
  paragraphs: string[],
  action: { label: string; url: string },
): RenderedMail {
  const text = [...paragraphs, `${action.label}: ${action.url}`].join("\n\n");
  return { subject, text, html: layout(paragraphs, action) };
}

/** A mail with several things to open: each link on its own line, labelled. */
export function renderWithLinks(
  subject: string,
  paragraphs: string[],
  links: { label: string; url: string }[],
  closing: string[] = [],
): RenderedMail {
  const text = [...paragraphs, ...links.map((l) => `${l.label}:\n${l.url}`), ...closing].join(
    "\n\n",
  );
  const paragraph = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const items = links
    .map(
      (l) =>
        `<li style="margin:0 0 12px"><a href="${escapeHtml(l.url)}" style="color:#0f766e">${escapeHtml(l.label)}</a><br><span style="color:#475569;font-size:13px">${escapeHtml(l.url)}</span></li>`,
    )
    .join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto;padding:0 16px">${paragraphs.map(paragraph).join("")}<ul style="padding-left:20px;margin:0 0 16px">${items}</ul>${closing.map(paragraph).join("")}</body></html>`;
  return { subject, text, html };
}

const ROLE_PHRASE = {
  coach: "as a coach",
  client: "to start your coaching",
  sponsor: "as a sponsor, to follow the coaching you support",
} as const;

export function invitationMail(input: {
  inviterName: string;
  practiceName: string;
  role: keyof typeof ROLE_PHRASE;
  url: string;
  expiresInDays: number;
}): RenderedMail {
  return render(
    `${input.inviterName} invited you to ${input.practiceName} on Keel`,
    [
      `${input.inviterName} invited you to join ${input.practiceName} on Keel ${ROLE_PHRASE[input.role]}.`,
      `Follow the link to set your password. It works for ${input.expiresInDays} days.`,
    ],
    { label: "Accept the invitation", url: input.url },
  );
}

export function passwordResetMail(input: { name: string; url: string }): RenderedMail {
  return render(
    "Reset your Keel password",
    [
      `Hello ${input.name},`,
      "Someone asked to reset the password of your Keel account. If it was you, follow the link within an hour. If not, ignore this mail: your password stays as it is.",
    ],
    { label: "Set a new password", url: input.url },
  );
}

export function addressVerificationMail(input: { name: string; url: string }): RenderedMail {
  return render(
    "Confirm your address for Keel",
    [
      `Hello ${input.name},`,
      "Confirm that this address is yours, so that your practice can send invitations and other mail from Keel. The link works for a day. If you did not open a practice on Keel, ignore this mail.",
    ],
    { label: "Confirm my address", url: input.url },
  );
}

export interface MailSection {
  heading: string;
  /** Paragraphs before the list. */
  notes?: string[];
  /** One bullet each. */
  items: string[];
}

/**
 * A report: paragraphs, headed sections of bullets, the links to open and closing lines. The
 * text part writes a heading on its own line and each bullet as "• ".
 */
export function renderReport(
  subject: string,
  mail: {
    opening: string[];
    sections: MailSection[];
    links: { label: string; url: string }[];
    closing: string[];
  },
): RenderedMail {
  const text = [
    ...mail.opening,
    ...mail.sections.map((section) =>
      [section.heading, ...(section.notes ?? []), section.items.map((i) => `• ${i}`).join("\n")]
        .filter(Boolean)
        .join("\n"),
    ),
    ...mail.links.map((l) => `${l.label}:\n${l.url}`),
    ...mail.closing,
  ].join("\n\n");
  const paragraph = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const section = (s: MailSection) =>
    `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(s.heading)}</h2>${(s.notes ?? [])
      .map((n) => `<p style="margin:0 0 8px;color:#475569;font-size:14px">${escapeHtml(n)}</p>`)
      .join(
        "",
      )}<ul style="padding-left:20px;margin:0 0 16px">${s.items.map((i) => `<li style="margin:0 0 6px">${escapeHtml(i)}</li>`).join("")}</ul>`;
  const links = mail.links
    .map(
      (l) =>
        `<li style="margin:0 0 12px"><a href="${escapeHtml(l.url)}" style="color:#0f766e">${escapeHtml(l.label)}</a><br><span style="color:#475569;font-size:13px">${escapeHtml(l.url)}</span></li>`,
    )
    .join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto;padding:0 16px">${mail.opening.map(paragraph).join("")}${mail.sections.map(section).join("")}<ul style="padding-left:20px;margin:24px 0 16px">${links}</ul>${mail.closing.map(paragraph).join("")}</body></html>`;
  return { subject, text, html };
}
