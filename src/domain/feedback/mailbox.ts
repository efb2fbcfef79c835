/**
 * Domains whose mail servers ignore dots in the local part, and take one domain for the other:
 * ann.lee@gmail.com, annlee@gmail.com and annlee@googlemail.com reach the same person.
 */
const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/**
 * The mailbox an address delivers to, as one string: lowercased and trimmed, without a +tag in
 * its local part, and for Gmail without dots and with one spelling of the domain. Two addresses
 * with the same mailbox are one person, however they are written.
 * drizzle/0012_rater-mailbox.sql computes the same for rows written before this existed.
 */
export function mailboxOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
