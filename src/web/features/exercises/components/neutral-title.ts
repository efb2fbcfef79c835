/**
 * A title written to the client ("Your leadership wheel", "Your best self as a leader"), as the
 * coach reads it: "Leadership wheel", "Best self as a leader". Only a leading "Your" goes; any
 * other title is kept, and the template itself is never changed.
 */
export function neutralTitle(title: string): string {
  const rest = /^your\s+(\S.*)$/i.exec(title.trim())?.[1];
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : title;
}
