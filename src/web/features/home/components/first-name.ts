/** "Ada" from "Ada Lovelace", for a friendly greeting. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
