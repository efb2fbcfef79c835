import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { FastifyBaseLogger } from "fastify";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../domain/accounts/password-policy";
import type { Config } from "../config";
import type { Database } from "../db/database";
import * as schema from "../db/schema";
import { hashPassword, verifyPassword } from "./passwords";
import { CLIENT_IP_HEADER } from "./request-headers";

export const SESSION_COOKIE_PREFIX = "keel";
export const SESSION_EXPIRES_IN_SECONDS = 60 * 60 * 24 * 14;
/** A session is extended (and its cookie renewed) once a day while it is used. */
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60 * 24;

export interface AuthDeps {
  db: Database;
  config: Config;
  authSecret: string;
  sendPasswordReset(
    user: { id: string; email: string; name: string },
    token: string,
  ): Promise<void>;
  sendAddressVerification(user: { email: string; name: string }, token: string): Promise<void>;
  log?: FastifyBaseLogger;
}

/** better-auth keeps users, password hashes and sessions in our database; Keel's routes call its API. */
export function createAuth(deps: AuthDeps) {
  const { db, config, authSecret, sendPasswordReset, log } = deps;
  return betterAuth({
    appName: "Keel",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: authSecret,
    database: drizzleAdapter(db, { provider: "pg", schema }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, token }) => sendPasswordReset(user, token),
    },
    // Keel's sign-up asks for the mail; invited people are verified by accepting.
    emailVerification: {
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: ({ user, token }) => deps.sendAddressVerification(user, token),
    },
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    // TOTP with recovery codes; the secret and the codes are stored encrypted with `secret`.
    plugins: [twoFactor({ issuer: "Keel", backupCodeOptions: { amount: 10 } })],
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Failed sign-ins are expected traffic; Keel logs what matters itself.
    logger: {
      level: "error",
      // Into Keel's log, where an error is kept to what loggable-error.ts allows: better-auth
      // would print a failed statement whole, with its parameters.
      log: (level, message, ...details) => {
        const err = details.find((detail) => detail instanceof Error);
        log?.[level === "error" ? "error" : "warn"]({ err }, `better-auth: ${message}`);
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.env === "production",
      database: { generateId: "uuid" },
      // The client's address as Fastify found it; forwarded headers only behind a trusted proxy.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
