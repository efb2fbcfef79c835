// The practice's public address, /p/<slug>: lower-case words of letters and digits joined by
// hyphens, as a person would read it aloud.

export const SLUG_MIN = 3;
export const SLUG_MAX = 60;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest postal address a practice's list mail carries under its text. */
export const POSTAL_ADDRESS_MAX = 500;

/** The slug a practice's name suggests: "Northwind Coaching (demo)" → "northwind-coaching-demo". */
export function slugFromName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX - SUFFIX_ROOM) break;
    slug = next;
  }
  if (slug.length < SLUG_MIN) slug = slug ? `${slug}-practice` : "practice";
  return slug;
}

/** Room kept for the short suffix that tells two practices of one name apart. */
const SUFFIX_ROOM = 6;

/** The slug with a short random suffix, for when the plain one is taken. */
export function slugWithSuffix(slug: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${slug}-${suffix}`;
}
