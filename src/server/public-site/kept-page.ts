import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

// A public page or feed as last written, with what it was written from: its bytes, their gzip
// twin and an entity tag, made once per change rather than on every read (readers and feed
// readers ask again and again for the same thing, most with gzip and many with If-None-Match).

export interface KeptPage {
  fingerprint: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

export function keepPage(fingerprint: string, text: string): KeptPage {
  const body = Buffer.from(text);
  const etag = `"${createHash("sha256").update(fingerprint).digest("base64url").slice(0, 27)}"`;
  return { fingerprint, body, gzipped: gzipSync(body), etag };
}

const acceptsGzip = (request: FastifyRequest) =>
  /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));

/** Sends the kept page: 304 to a reader who has it, gzip to one who takes it. */
export function sendKeptPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: KeptPage,
  headers: { contentType: string; cacheControl: string },
) {
  reply
    .header("etag", page.etag)
    .header("vary", "accept-encoding")
    .header("cache-control", headers.cacheControl);
  if (request.headers["if-none-match"] === page.etag) return reply.status(304).send();
  reply.type(headers.contentType);
  if (!acceptsGzip(request)) return reply.send(page.body);
  return reply.header("content-encoding", "gzip").send(page.gzipped);
}
