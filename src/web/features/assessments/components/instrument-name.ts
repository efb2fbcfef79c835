import type { Instrument } from "../../../../contract/assessments";

/**
 * The one name a questionnaire goes by on every page (assigning, answering, results): the short
 * name its file gives, such as "IPIP-NEO (120 items, 30 facets)". The file's long title, with its
 * citation, is the source quoted under "About this questionnaire", never a second name.
 */
export function instrumentName(instrument: Pick<Instrument, "shortName">): string {
  return instrument.shortName;
}

/** What follows the name: "120 statements · about 18 minutes", never the name in other words. */
export function instrumentFacts(instrument: Pick<Instrument, "itemCount" | "minutes">): string {
  return `${instrument.itemCount} statements · about ${instrument.minutes} minutes`;
}
