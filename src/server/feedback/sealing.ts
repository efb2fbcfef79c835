import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { FeedbackAnswers } from "../../domain/feedback/competency-model";
import {
  COMPETENCIES,
  ID_MAX_LENGTH,
  ITEMS_PER_COMPETENCY,
  OPEN_QUESTIONS_MAX,
} from "../../domain/feedback/model-rules";
import { COMMENT_MAX_LENGTH } from "../../domain/feedback/sent-answers";

// A rater's answers are kept sealed (AES-256-GCM, with a key derived from Keel's secret) until
// the campaign closes: someone who reads the database sees that a rater has answers, never what
// they are. Each seal is bound to its rater's id, so it cannot be moved to another rater's row.
// Every seal has the same length, whatever the answers: the answers are padded to SEALED_BYTES
// first, so the length of a row cannot tie a rater to the length of a comment.

const UNPADDED = "v1";
const PADDED = "v2";
const LENGTH_PREFIX = 4;

/**
 * The most a model may ask, written as JSON with text that needs no escapes (each UTF-16 unit at
 * most 3 bytes of UTF-8): ratings `"<id>":null,` for every behaviour, and every open question
 * answered to the limit: 88,518 bytes, rounded up to whole 4 KiB (88 KiB). Answers that still
 * do not fit (comments full of control characters, which JSON escapes as six bytes) are refused.
 */
const MOST_ANSWERS_BYTES =
  COMPETENCIES.max * ITEMS_PER_COMPETENCY.max * (ID_MAX_LENGTH + '"":null,'.length) +
  OPEN_QUESTIONS_MAX * (ID_MAX_LENGTH + '"":"",'.length + 3 * COMMENT_MAX_LENGTH) +
  '{"ratings":{},"comments":{}}'.length;
export const SEALED_BYTES = Math.ceil((LENGTH_PREFIX + MOST_ANSWERS_BYTES) / 4096) * 4096;

/** The answers are longer than any seal holds: the rater is asked to shorten their comments. */
export class AnswersTooLong extends Error {
  constructor() {
    super("answers too long to seal");
  }
}

/**
 * A value sealed for one row: AES-256-GCM under a key derived from Keel's secret for `purpose`,
 * bound to `rowId`, padded to `size` bytes so every seal of a purpose has one length. The 360's
 * rater answers and the pulses' stakeholder answers are both sealed this way.
 */
export interface SealKind {
  purpose: string;
  size: number;
}

const RATER_ANSWERS: SealKind = { purpose: "feedback-rater-answers", size: SEALED_BYTES };

function keyOf(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "keel", purpose, 32));
}

export function sealAnswers(secret: string, raterId: string, answers: FeedbackAnswers): string {
  return sealValue(RATER_ANSWERS, secret, raterId, answers);
}

/** Opens a seal of either version: seals made before padding stay readable until closing. */
export function openAnswers(secret: string, raterId: string, sealed: string): FeedbackAnswers {
  return openValue(RATER_ANSWERS, secret, raterId, sealed) as FeedbackAnswers;
}

export function sealValue(kind: SealKind, secret: string, rowId: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret, kind.purpose), iv);
  cipher.setAAD(Buffer.from(rowId));
  const body = Buffer.concat([cipher.update(padded(value, kind.size)), cipher.final()]);
  return [PADDED, iv, cipher.getAuthTag(), body].map(encode).join(".");
}

export function openValue(kind: SealKind, secret: string, rowId: string, sealed: string): unknown {
  const [version, iv, tag, body] = sealed.split(".");
  if ((version !== PADDED && version !== UNPADDED) || !iv || !tag || !body)
    throw new Error("not a sealed answer sheet");
  const key = keyOf(secret, kind.purpose);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(rowId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
  const json = version === PADDED ? unpadded(plain) : plain;
  return JSON.parse(json.toString("utf8"));
}

/** The value's JSON after its length (4 bytes, big-endian), then zeros up to `size`. */
function padded(value: unknown, size: number): Buffer {
  const json = Buffer.from(JSON.stringify(value), "utf8");
  if (LENGTH_PREFIX + json.length > size) throw new AnswersTooLong();
  const plain = Buffer.alloc(size);
  plain.writeUInt32BE(json.length, 0);
  json.copy(plain, LENGTH_PREFIX);
  return plain;
}

function unpadded(plain: Buffer): Buffer {
  if (plain.length < LENGTH_PREFIX) throw new Error("not a padded answer sheet");
  const length = plain.readUInt32BE(0);
  if (LENGTH_PREFIX + length > plain.length) throw new Error("not a padded answer sheet");
  return plain.subarray(LENGTH_PREFIX, LENGTH_PREFIX + length);
}

const encode = (part: string | Buffer) =>
  typeof part === "string" ? part : part.toString("base64url");
