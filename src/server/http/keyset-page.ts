import { z } from "zod";

// Lists come in pages, by keyset (docs/decisions/006-keyset-pagination.md). These are the parts
// every list shares: the limit, the opaque cursor, the search text and the next-page cursor.

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;

/** `limit` of a list of things, named in the singular and the plural ("client", "clients"). */
export function limitParam(one: string, many: string) {
  const Many = `${many[0]?.toUpperCase()}${many.slice(1)}`;
  return z.coerce
    .number("Use a number")
    .int("Use a whole number")
    .min(1, `Ask for at least 1 ${one}`)
    .max(PAGE_LIMIT_MAX, `Ask for at most ${PAGE_LIMIT_MAX} ${many} a page`)
    .default(PAGE_LIMIT_DEFAULT)
    .describe(`${Many} per page, ${PAGE_LIMIT_DEFAULT} unless asked, ${PAGE_LIMIT_MAX} at most`);
}

/** `q`: trimmed search text of at most 160 characters; empty means no search. */
export function searchParam(description: string) {
  return z
    .string()
    .trim()
    .max(160, "Search with at most 160 characters")
    .transform((text) => text || undefined)
    .optional()
    .describe(description);
}

/** The opaque cursor of the next page: the last row's sort key as base64url JSON. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

/** `cursor`: decodes to the sort key `position` describes, or is a 400 naming `cursor`. */
export function cursorParam<T>(position: z.ZodType<T>) {
  return z
    .string()
    .transform((value, ctx) => {
      const decoded = decodeCursor(value, position);
      if (decoded !== null) return decoded;
      ctx.issues.push({
        code: "custom",
        input: value,
        message: "Use the nextCursor of the previous page, unchanged",
      });
      return z.NEVER;
    })
    .describe("The nextCursor of the previous page; leave it out for the first page");
}

function decodeCursor<T>(value: string, position: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]{1,800}$/.test(value)) return null;
  try {
    const parsed = position.safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A page from `limit + 1` rows read: the rows to show and the cursor of the next page, if any. */
export function pageOf<Row>(rows: Row[], limit: number, keyOf: (row: Row) => object) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/** A LIKE pattern that finds `text` anywhere, with % and _ in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
