// The people of the demo programme: Harbour Logistics' leaders in two cohorts, and where each
// one stands. The earlier cohort began about five months ago and is near its end; the later one
// began six weeks ago. Six of the earlier cohort have a baseline and a repeat 360, so the
// sponsor's page shows competency change for that cohort (k = 5) and withholds it for the other.

export type ProgrammeStanding =
  /** Five sessions held and the last booked, goals achieved, a baseline and a repeat 360. */
  | "reviewed"
  /** Four sessions held, goals set, one achieved or not yet, the next session booked. */
  | "active"
  /** Two sessions held, goals being drafted, the next session booked. */
  | "planning"
  /** The first session held, the questionnaire under way, the next session booked. */
  | "starting"
  /** Accepted the invitation; no coach matched yet. */
  | "awaiting-match"
  /** Invited, not joined. */
  | "invited";

export interface ProgrammePerson {
  name: string;
  standing: ProgrammeStanding;
  /** For a reviewed leader, how much their raters saw them change, in scale points. */
  growth?: number;
  /** No session booked since the last: an early warning their coach (and the admin) sees. */
  lapsed?: boolean;
}

export const EARLIER_COHORT: ProgrammePerson[] = [
  { name: "Aaliyah Thompson", standing: "reviewed", growth: 0.5 },
  { name: "Bartosz Nowak", standing: "reviewed", growth: 0.3 },
  { name: "Chen Wei", standing: "reviewed", growth: 0.6 },
  { name: "Deirdre O'Connell", standing: "reviewed", growth: 0.2 },
  { name: "Emeka Okonkwo", standing: "reviewed", growth: 0.4 },
  { name: "Farah Haddad", standing: "reviewed", growth: 0.5 },
  { name: "Gustavo Lima", standing: "active" },
  { name: "Hanna Virtanen", standing: "active" },
  { name: "Isaac Mensah", standing: "active" },
  { name: "Julia Schneider", standing: "active", lapsed: true },
  { name: "Kenji Watanabe", standing: "active" },
  { name: "Lucía Fernández", standing: "active" },
];

export const LATER_COHORT: ProgrammePerson[] = [
  { name: "Marek Dvořák", standing: "planning" },
  { name: "Nadia Rahimi", standing: "planning" },
  { name: "Oliver Bennett", standing: "planning" },
  { name: "Precious Dlamini", standing: "planning" },
  { name: "Quentin Laurent", standing: "starting" },
  { name: "Rosa Jiménez", standing: "starting" },
  { name: "Sipho Ndlovu", standing: "starting" },
  { name: "Tara McAllister", standing: "starting" },
  { name: "Umar Siddiqui", standing: "awaiting-match" },
  { name: "Valentina Rossi", standing: "awaiting-match" },
  { name: "William Osei", standing: "invited" },
  { name: "Yasmin Haddad", standing: "invited" },
];

export const ORGANISATION_DOMAIN = "harbour.example";

/** "Deirdre O'Connell" → deirdre.oconnell@harbour.example */
export function emailOf(name: string): string {
  const local = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  return `${local}@${ORGANISATION_DOMAIN}`;
}

/** Their line managers, one per few leaders, as the import's manager column holds them. */
export const MANAGERS = ["ruth.adebayo", "colin.marsh", "ingrid.solberg"].map(
  (local) => `${local}@${ORGANISATION_DOMAIN}`,
);

export const isMatched = (standing: ProgrammeStanding) =>
  standing !== "awaiting-match" && standing !== "invited";
