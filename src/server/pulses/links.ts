import { FEEDFORWARD_MAX_LENGTH } from "../../domain/pulses/answers";
import { QUESTION_ID_MAX_LENGTH, QUESTIONS } from "../../domain/pulses/questions";
import { linkToken, raterTokenHash } from "../feedback/rater-tokens";
import type { SealKind } from "../feedback/sealing";

// A stakeholder's link to one round carries an HMAC of their place in the round (pulse_invitee)
// with Keel's secret, as a 360 rater's does; the database holds only its hash.

export function pulseToken(secret: string, inviteeId: string): string {
  return linkToken(secret, "pulse-invitee", inviteeId);
}

export const pulseTokenHash = raterTokenHash;

export function pulseUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/pulse/${token}`;
}

/**
 * The most a pulse answer holds, as JSON in text of up to three bytes a character: five ratings
 * and a feedforward at its limit, rounded up to whole 4 KiB. Every seal has this one length.
 */
const MOST_ANSWER_BYTES =
  QUESTIONS.max * (QUESTION_ID_MAX_LENGTH + '"":null,'.length) +
  3 * FEEDFORWARD_MAX_LENGTH +
  '{"ratings":{},"feedforward":""}'.length;
export const PULSE_ANSWERS: SealKind = {
  purpose: "pulse-stakeholder-answers",
  size: Math.ceil((4 + MOST_ANSWER_BYTES) / 4096) * 4096,
};
