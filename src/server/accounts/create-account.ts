import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { user } from "../db/schema";
import { AppError } from "../http/errors";

export async function emailIsTaken(ctx: AppContext, address: string): Promise<boolean> {
  const [row] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.email, address));
  return row !== undefined;
}

/**
 * Creates a signed-in account through better-auth, then runs `join` to give it its place in a
 * practice. If joining fails the account is removed again, so nothing is left half-made.
 */
export async function createAccount(
  ctx: AppContext,
  input: { name: string; email: string; password: string },
  join: (tx: Executor, userId: string) => Promise<void>,
): Promise<{ userId: string; headers: Headers }> {
  if (await emailIsTaken(ctx, input.email)) throw emailTaken();
  const result = await ctx.auth.api
    .signUpEmail({ body: input, returnHeaders: true })
    .catch((error: unknown) => {
      // better-auth answers 422 also when the database refused the row: that is no taken email.
      if (error instanceof APIError && error.body?.code?.startsWith("USER_ALREADY_EXISTS"))
        throw emailTaken();
      throw error;
    });
  const userId = result.response.user.id;
  try {
    await ctx.db.transaction((tx) => join(tx, userId));
  } catch (error) {
    await ctx.db.delete(user).where(eq(user.id, userId));
    throw error;
  }
  return { userId, headers: result.headers };
}

const emailTaken = () =>
  new AppError("account_exists", "An account with this email exists already. Sign in instead.");
