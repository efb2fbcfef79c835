import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { FeedbackAnswers } from "../../domain/feedback/competency-model";

// A rater's answers are kept sealed (AES-256-GCM, with a key derived from Keel's secret) until
// the campaign closes: someone who reads the database sees that a rater has answers, never what
// they are. Each seal is bound to its rater's id, so it cannot be moved to another rater's row.

const VERSION = "v1";

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "keel", "feedback-rater-answers", 32));
}

export function sealAnswers(secret: string, raterId: string, answers: FeedbackAnswers): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  cipher.setAAD(Buffer.from(raterId));
  const body = Buffer.concat([cipher.update(JSON.stringify(answers), "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map(encode).join(".");
}

export function openAnswers(secret: string, raterId: string, sealed: string): FeedbackAnswers {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body) throw new Error("not a sealed answer sheet");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(raterId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  const json = Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
  return JSON.parse(json) as FeedbackAnswers;
}

const encode = (part: string | Buffer) =>
  typeof part === "string" ? part : part.toString("base64url");
