import { knownTimeZone } from "../../domain/sessions/zoned-time";

// The zones a subscriber may choose: the select lists the runtime's IANA names, the page's
// script picks the browser's own (adding it when the browser names it otherwise), and the form
// accepts any zone the runtime knows.

const zones = Intl.supportedValuesOf("timeZone");

export const TIME_ZONES: readonly string[] = zones.includes("UTC") ? zones : [...zones, "UTC"];

const known = new Set(TIME_ZONES);

/** One of the list, or another IANA name of a zone (a browser may say Europe/Kyiv for Europe/Kiev). */
export const isChoosableTimeZone = (zone: string) =>
  known.has(zone) || (zone.length <= 64 && knownTimeZone(zone) !== null);

/** What the form shows before the script (or the person) chooses. */
export const DEFAULT_TIME_ZONE = "UTC";
