import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../domain/accounts/password-policy";
import type { Config } from "../config";
import type { Database } from "../db/database";
import * as schema from "../db/schema";
import { hashPassword, verifyPassword } from "./passwords";

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
}

/** better-auth keeps users, password hashes and sessions in our database; Keel's routes call its API. */
export function createAuth({ db, config, authSecret, sendPasswordReset }: AuthDeps) {
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
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Failed sign-ins are expected traffic; Keel logs what matters itself.
    logger: { level: "error" },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.env === "production",
      database: { generateId: "uuid" },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
