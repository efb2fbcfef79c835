// The limits of one participant import: a file a browser uploads and one transaction commits.

export const IMPORT_MAX_ROWS = 5_000;
/** Characters of CSV text: 5,000 rows of long names and addresses fit with room to spare. */
export const IMPORT_MAX_CHARS = 2_000_000;
export const PARTICIPANT_COLUMNS = ["name", "email", "manager", "cohort"] as const;
export type ParticipantColumn = (typeof PARTICIPANT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ParticipantColumn[] = ["name", "email", "cohort"];
export const NAME_MAX = 120;
export const EMAIL_MAX = 254;
