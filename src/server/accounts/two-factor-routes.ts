import { APIError } from "better-auth/api";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userResponse } from "../../contract/accounts";
import {
  confirmTwoFactorBody,
  disableTwoFactorBody,
  passwordBody,
  recoveryCodes,
  type SecondFactor,
  secondFactor,
  twoFactorSetUp,
} from "../../contract/two-factor";
import { signedSessionToken, twoFactorCookieName } from "../access/session-cookie";
import { signedInForTwoFactorSetUp, viewerOf } from "../access/signed-in";
import { requireMemberAccount, type Viewer } from "../access/viewer";
import { authHeaders } from "../auth/request-headers";
import type { AppContext } from "../context";
import { AppError, errorResponse } from "../http/errors";
import {
  byIp,
  consume,
  forget,
  giveBack,
  type RateLimitRule,
  rateLimited,
} from "../http/rate-limit";
import { presentMe } from "./present-me";
import { forwardCookies } from "./session-cookies";

const tags = ["accounts"];
/** What every set-up route may refuse with: bad input, a wrong code, the wrong state, too many tries. */
const refusals = {
  400: errorResponse,
  401: errorResponse,
  409: errorResponse,
  429: errorResponse,
};
const FIFTEEN_MINUTES = 15 * 60;

/**
 * Wrong codes and wrong passwords are counted per account and per address; a right one gives
 * its attempt back. better-auth adds its own limits at sign-in: 5 tries per password sign-in and
 * a 15-minute lock after 10 wrong codes in a row.
 */
function failedAttempts(name: string, accountId: string): RateLimitRule[] {
  return [
    { key: () => `${name}:account:${accountId}`, max: 10, windowSeconds: FIFTEEN_MINUTES },
    { key: byIp(name), max: 30, windowSeconds: FIFTEEN_MINUTES },
  ];
}

/** Runs `attempt` counted under `rules`, giving the attempt back if it succeeds. */
async function counted<T>(
  ctx: AppContext,
  request: FastifyRequest,
  rules: RateLimitRule[],
  attempt: () => Promise<T>,
): Promise<T> {
  await rateLimited(ctx.db, ...rules)(request);
  const result = await attempt().catch(refused);
  await giveBack(ctx.db, request, ...rules);
  return result;
}

/** better-auth accepts a code one period either side of now: 90 seconds in all. */
const CODE_LIFETIME_SECONDS = 90;

/**
 * A code that signed someone in is refused for as long as it could still be right, so a code
 * seen over a shoulder or caught on its way is worth nothing once used. It is marked before it
 * is checked (two requests with one code cannot both pass) and unmarked if it was wrong.
 */
async function spentOnce<T>(
  ctx: AppContext,
  accountId: string,
  code: string | undefined,
  attempt: () => Promise<T>,
): Promise<T> {
  if (code === undefined) return attempt();
  const key = `two-factor-code-used:${accountId}:${code}`;
  const { count } = await consume(ctx.db, key, { windowSeconds: CODE_LIFETIME_SECONDS });
  if (count > 1) throw codeUsed();
  try {
    return await attempt();
  } catch (error) {
    await forget(ctx.db, key);
    throw error;
  }
}

export function registerTwoFactorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const codeAttempts = (accountId: string) => failedAttempts("two-factor-code", accountId);
  const passwordAttempts = (accountId: string) => failedAttempts("two-factor-password", accountId);

  api.post("/api/auth/sign-in/two-factor", {
    schema: {
      tags,
      summary:
        "Finish a sign-in that asked for a second factor: the authenticator app's code, or a recovery code",
      body: secondFactor,
      response: { 200: userResponse, 400: errorResponse, 401: errorResponse, 429: errorResponse },
    },
    handler: async (request, reply) => {
      const accountId = await challengedAccount(ctx, request);
      if (!accountId) throw signInAgain("Sign in with your email and password first.");
      const result = await counted(ctx, request, codeAttempts(accountId), () =>
        spentOnce(ctx, accountId, request.body.code, () =>
          verifySecondFactor(ctx, request, request.body, { signIn: true }),
        ),
      );
      forwardCookies(result.headers, reply);
      return { user: presentMe(await requireMemberAccount(ctx, accountId)) };
    },
  });

  api.post("/api/auth/two-factor/enable", {
    schema: {
      tags,
      summary:
        "Begin turning on two-factor sign-in: a new secret for an authenticator app and 10 recovery codes. It is on once POST /api/auth/two-factor/confirm gets a right code",
      body: passwordBody,
      response: { 200: twoFactorSetUp, ...refusals },
    },
    preHandler: signedInForTwoFactorSetUp(ctx),
    handler: async (request) => {
      const viewer = viewerOf(request);
      if (viewer.twoFactorEnabled) throw alreadyOn();
      const started = await counted(ctx, request, passwordAttempts(viewer.userId), () =>
        ctx.auth.api.enableTwoFactor({
          body: { password: request.body.password, method: "totp" },
          headers: authHeaders(request),
        }),
      );
      if (started.method !== "totp") throw new Error("TOTP was not set up");
      return {
        totpUri: started.totpURI,
        secret: new URL(started.totpURI).searchParams.get("secret") ?? "",
        recoveryCodes: started.backupCodes,
      };
    },
  });

  api.post("/api/auth/two-factor/confirm", {
    schema: {
      tags,
      summary: "Turn on two-factor sign-in with the first code from the authenticator app",
      body: confirmTwoFactorBody,
      response: { 200: userResponse, ...refusals },
    },
    preHandler: signedInForTwoFactorSetUp(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      if (viewer.twoFactorEnabled) throw alreadyOn();
      const result = await counted(ctx, request, codeAttempts(viewer.userId), () =>
        verifySecondFactor(ctx, request, request.body, { signIn: false }),
      );
      forwardCookies(result.headers, reply);
      return { user: presentMe(await requireMemberAccount(ctx, viewer.userId)) };
    },
  });

  api.post("/api/auth/two-factor/recovery-codes", {
    schema: {
      tags,
      summary: "Replace the recovery codes with 10 new ones; the old ones stop working",
      body: passwordBody,
      response: { 200: recoveryCodes, ...refusals },
    },
    preHandler: signedInForTwoFactorSetUp(ctx),
    handler: async (request) => {
      const viewer = viewerOf(request);
      if (!viewer.twoFactorEnabled) throw isOff();
      const made = await counted(ctx, request, passwordAttempts(viewer.userId), () =>
        ctx.auth.api.generateBackupCodes({
          body: { password: request.body.password },
          headers: authHeaders(request),
        }),
      );
      return { recoveryCodes: made.backupCodes };
    },
  });

  api.post("/api/auth/two-factor/disable", {
    schema: {
      tags,
      summary: "Turn off two-factor sign-in, with the password and a code (or a recovery code)",
      body: disableTwoFactorBody,
      response: { 200: userResponse, ...refusals },
    },
    preHandler: signedInForTwoFactorSetUp(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      if (!viewer.twoFactorEnabled) throw isOff();
      if (requiredOf(viewer)) {
        throw new AppError(
          "two_factor_required",
          "Your practice requires two-factor sign-in for coaches, so it stays on.",
          { status: 409 },
        );
      }
      const { password } = request.body;
      const headers = authHeaders(request);
      await counted(ctx, request, passwordAttempts(viewer.userId), () =>
        ctx.auth.api.verifyPassword({ body: { password }, headers }),
      );
      await counted(ctx, request, codeAttempts(viewer.userId), () =>
        verifySecondFactor(ctx, request, request.body, { signIn: false }),
      );
      const result = await ctx.auth.api
        .disableTwoFactor({ body: { password }, headers, returnHeaders: true })
        .catch(refused);
      forwardCookies(result.headers, reply);
      return { user: presentMe(await requireMemberAccount(ctx, viewer.userId)) };
    },
  });
}

const requiredOf = (viewer: Viewer) => viewer.role === "coach" && viewer.practiceRequiresTwoFactor;

/**
 * Checks a code with better-auth. At sign-in it finishes the sign-in (its cookie names the
 * account); signed in, it checks the code against the viewer's own secret, and the first right
 * code after POST /enable turns two-factor sign-in on.
 */
function verifySecondFactor(
  ctx: AppContext,
  request: FastifyRequest,
  factor: SecondFactor,
  { signIn }: { signIn: boolean },
) {
  const headers = authHeaders(request);
  if (factor.recoveryCode !== undefined) {
    return ctx.auth.api.verifyBackupCode({
      body: { code: factor.recoveryCode, disableSession: !signIn },
      headers,
      returnHeaders: true,
    });
  }
  return ctx.auth.api.verifyTOTP({
    body: { code: factor.code ?? "" },
    headers,
    returnHeaders: true,
  });
}

/** The account a pending sign-in belongs to, from better-auth's signed two-factor cookie. */
async function challengedAccount(ctx: AppContext, request: FastifyRequest): Promise<string | null> {
  const name = twoFactorCookieName(ctx.config.env === "production");
  const identifier = signedSessionToken(request.headers.cookie, name, ctx.authSecret);
  if (!identifier) return null;
  const auth = await ctx.auth.$context;
  const pending = await auth.internalAdapter.findVerificationValue(identifier);
  return pending && pending.expiresAt > new Date() ? pending.value : null;
}

/** better-auth's refusals, as Keel's errors. */
function refused(error: unknown): never {
  const code = error instanceof APIError ? error.body?.code : undefined;
  switch (code) {
    case "INVALID_CODE":
      throw new AppError(
        "invalid_code",
        "That code is not right. Enter the 6-digit code your authenticator app shows now.",
      );
    case "INVALID_BACKUP_CODE":
      throw new AppError(
        "invalid_code",
        "That recovery code is not right, or it has been used already.",
      );
    case "INVALID_TWO_FACTOR_COOKIE":
      throw signInAgain("This sign-in has expired. Sign in with your email and password again.");
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      throw signInAgain("Too many wrong codes. Sign in with your email and password again.");
    case "ACCOUNT_TEMPORARILY_LOCKED":
      throw new AppError(
        "rate_limited",
        "Too many wrong codes. Wait 15 minutes, then sign in again.",
      );
    case "INVALID_PASSWORD":
      throw new AppError("wrong_password", "That is not your password.", {
        fields: [{ path: "password", message: "That is not your password" }],
      });
    case "TOTP_NOT_ENABLED":
      throw new AppError(
        "two_factor_not_started",
        "Start turning on two-factor sign-in first: it gives you the QR code to scan.",
      );
    case "TOTP_ALREADY_ENABLED":
      throw alreadyOn();
    case "TWO_FACTOR_NOT_ENABLED":
    case "BACKUP_CODES_NOT_ENABLED":
      throw isOff();
  }
  throw error;
}

const codeUsed = () =>
  new AppError(
    "code_used",
    "This code has signed in already. Wait for your authenticator app to show the next one.",
  );
const signInAgain = (message: string) => new AppError("sign_in_again", message);
const alreadyOn = () => new AppError("two_factor_on");
const isOff = () => new AppError("two_factor_off");
