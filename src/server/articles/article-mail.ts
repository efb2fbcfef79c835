import { escapeHtml, type RenderedMail } from "../mail/templates";

// The mail telling a subscriber of a new article: a plain-text twin of the HTML, the
// unsubscribe link in the footer beside the practice's postal address.

export function newArticleMail(input: {
  readerName: string;
  practiceName: string;
  title: string;
  summary: string;
  url: string;
  unsubscribeUrl: string;
  postalAddress: string | null;
}): RenderedMail {
  const intro = `Hello ${input.readerName}, ${input.practiceName} has published a new article.`;
  const why = `You get this mail because you asked ${input.practiceName} to tell you of new articles.`;
  const address = input.postalAddress?.trim() ?? "";
  const text = [
    intro,
    input.title,
    ...(input.summary ? [input.summary] : []),
    `Read it: ${input.url}`,
    "--",
    why,
    `Unsubscribe: ${input.unsubscribeUrl}`,
    ...(address ? [address] : []),
  ].join("\n\n");
  const p = (content: string, style = "margin:0 0 16px") => `<p style="${style}">${content}</p>`;
  const small = "margin:0 0 8px;color:#64748b;font-size:13px";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:24px auto;padding:0 16px">${[
    p(escapeHtml(intro)),
    `<h1 style="font-size:22px;margin:0 0 12px">${escapeHtml(input.title)}</h1>`,
    input.summary ? p(escapeHtml(input.summary)) : "",
    p(
      `<a href="${escapeHtml(input.url)}" style="background:#0f766e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Read the article</a>`,
      "margin:24px 0",
    ),
    `<hr style="border:0;border-top:1px solid #e2e8f0;margin:24px 0">`,
    p(escapeHtml(why), small),
    p(`<a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#64748b">Unsubscribe</a>`, small),
    address ? p(escapeHtml(address).replace(/\n/g, "<br>"), small) : "",
  ].join("")}</body></html>`;
  return { subject: `${input.title} · ${input.practiceName}`, text, html };
}
