import { base32 } from "@better-auth/utils/base32";
import { createOTP } from "@better-auth/utils/otp";
import { expect } from "vitest";
import type { Agent } from "./agent";
import { PASSWORD } from "./factories";

const PERIOD_MS = 30_000;

/** The code an authenticator app shows now for a base32 secret, by better-auth's own TOTP. */
export function totpNow(secret: string): Promise<string> {
  return createOTP(base32.decode(secret)).totp();
}

/** A 6-digit code that no window better-auth accepts (one period either side) would take. */
export async function wrongTotp(secret: string): Promise<string> {
  const otp = createOTP(base32.decode(secret));
  const counter = Math.floor(Date.now() / PERIOD_MS);
  const accepted = new Set(
    await Promise.all([-2, -1, 0, 1, 2].map((step) => otp.hotp(counter + step))),
  );
  let code = 0;
  while (accepted.has(String(code).padStart(6, "0"))) code += 1;
  return String(code).padStart(6, "0");
}

export interface TwoFactorOn {
  secret: string;
  recoveryCodes: string[];
}

/** Turns two-factor sign-in on for the agent's account, as the settings page does. */
export async function turnOnTwoFactor(agent: Agent): Promise<TwoFactorOn> {
  const started = await agent.post("/api/auth/two-factor/enable", { password: PASSWORD });
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  const { secret, recoveryCodes } = started.body as TwoFactorOn;
  const confirmed = await agent.post("/api/auth/two-factor/confirm", {
    code: await totpNow(secret),
  });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { secret, recoveryCodes };
}

/**
 * `act` with two-factor sign-in turned on for the agent's account (when someone is signed in),
 * given its secret; then off again, so each row leaves the account as it found it.
 */
export async function withTwoFactorOn<T>(agent: Agent, act: (secret?: string) => Promise<T>) {
  const started = await agent.post("/api/auth/two-factor/enable", { password: PASSWORD });
  const secret: string | undefined = started.status === 200 ? started.body.secret : undefined;
  if (secret) await agent.post("/api/auth/two-factor/confirm", { code: await totpNow(secret) });
  const result = await act(secret);
  if (secret)
    await agent.post("/api/auth/two-factor/disable", {
      password: PASSWORD,
      code: await totpNow(secret),
    });
  return result;
}
