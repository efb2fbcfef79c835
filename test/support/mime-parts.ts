// The leaf parts of a raw MIME message as an SMTP server received it, each decoded: enough to
// read a mail's text and its calendar invitation the way a mail program would.

export interface MimePart {
  /** Header names in lower case, folded lines joined. */
  headers: Record<string, string>;
  contentType: string;
  body: string;
}

export function mimeParts(raw: string): MimePart[] {
  const split = raw.indexOf("\r\n\r\n");
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split + 4);
  const headers = headersOf(head);
  const contentType = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary)
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith("--"))
      .flatMap((part) => mimeParts(part.replace(/^\r\n/, "")));
  return [{ headers, contentType, body: decoded(body, headers["content-transfer-encoding"]) }];
}

/** A parameter of a header value, e.g. `method` of "text/calendar; method=REQUEST". */
export function headerParameter(value: string, name: string): string | undefined {
  return new RegExp(`;\\s*${name}="?([^";]+)"?`, "i").exec(value)?.[1];
}

function headersOf(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decoded(body: string, encoding = "7bit"): string {
  const text = body.replace(/\r\n$/, "");
  if (/^base64$/i.test(encoding)) return Buffer.from(text, "base64").toString("utf8");
  if (/^quoted-printable$/i.test(encoding)) {
    const bytes = text
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return text;
}
