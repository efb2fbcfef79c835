// How every table of Keel relates to a person, for their export and their erasure
// (docs/decisions/024-data-export-and-erasure.md). The coverage test compares this map with the
// database's tables: a new table fails it until it has its line here.

/** What a table's export leaves out: secret columns, rows the person may not read. */
export interface ExportRule {
  /** Columns never handed out (password hashes, token hashes, sealed answers). */
  omit?: readonly string[];
  /** An SQL condition a row must meet to be handed out; `$person` is the person's id. */
  where?: string;
  /** Not handed out at all, and why; the rows are still erased. */
  withheld?: string;
}

export type TableRule =
  /** Rows keyed by the person's own user id in `column`: deleted by it at erasure. */
  | { kind: "person"; column: string; export?: ExportRule }
  /** Rows of the engagements where the person is the client (`engagement_id`): go with them. */
  | { kind: "engagement"; export?: ExportRule }
  /** Rows under rows of `parent` (a table of one of the kinds above) by `column`: go with them. */
  | { kind: "under"; parent: string; column: string; export?: ExportRule }
  /** Answers anonymous by construction (decision 009): exported never, kept in others' reports. */
  | { kind: "anonymous"; parent: string; column: string; why: string }
  /** Handled one by one by the export and the erasure (erasure.ts, export.ts). */
  | { kind: "special"; why: string }
  /** Holds nothing about a person. */
  | { kind: "none"; why: string };

const person = (column: string, exportRule?: ExportRule): TableRule =>
  exportRule ? { kind: "person", column, export: exportRule } : { kind: "person", column };
const engagement = (exportRule?: ExportRule): TableRule =>
  exportRule ? { kind: "engagement", export: exportRule } : { kind: "engagement" };
const under = (parent: string, column: string, exportRule?: ExportRule): TableRule =>
  exportRule
    ? { kind: "under", parent, column, export: exportRule }
    : { kind: "under", parent, column };
const anonymous = (parent: string, column: string): TableRule => ({
  kind: "anonymous",
  parent,
  column,
  why: "raters' answers, anonymous by construction (decision 009): shown only through the report",
});
const special = (why: string): TableRule => ({ kind: "special", why });
const none = (why: string): TableRule => ({ kind: "none", why });

const ANONYMITY = "kept for the anonymity of raters and stakeholders: who answered is not shown";

/** Every table of Keel's database, by its name there. Adding a table means adding its line. */
export const PERSONAL_TABLES: Record<string, TableRule> = {
  // People and their accounts.
  user: special("the person: exported as `person` and as this row; deleted last"),
  account: person("user_id", {
    omit: ["password", "access_token", "refresh_token", "id_token"],
  }),
  session: person("user_id", { omit: ["token"] }),
  two_factor: person("user_id", { omit: ["secret", "backup_codes"] }),
  verification: special("sign-in links and codes, by address: erased by the address"),
  rate_limit: special("counters of attempts; keys may hold the address: erased by it"),
  membership: person("user_id"),
  invitation: special("invitations to the person's address: exported and erased by it"),
  mail_preference: person("user_id"),
  mail_digest_item: person("user_id"),
  mail_digest_week: person("user_id"),
  mail: special("mail to the person, or naming them: exported (to them) and erased by address"),
  calendar_feed: person("user_id", { omit: ["token_hash"] }),
  celebration_seen: person("user_id"),
  // A coach's own work: empty for a client.
  coach_availability: person("coach_id"),
  exercise_template: person("owner_id"),
  plan_template: person("owner_id"),
  competency_model: person("owner_id"),

  // The practice's own, about nobody.
  practice: none("the practice's name and settings"),
  practice_early_warning: none("the practice's thresholds"),
  engagement_fact_version: none("a number per engagement that moves when its facts change"),
  practice_theme: none("the practice's theme labels (created_by is set null)"),
  instrument_version: none("questionnaire definitions"),

  // An engagement where the person is the client, and everything in it.
  engagement: special("the client's engagements: exported and deleted by client_id"),
  engagement_stage_change: engagement(),
  engagement_early_warning: engagement(),
  assessment: engagement(),
  exercise: engagement(),
  development_entry: engagement(),
  development_dismissal: engagement(),
  feedback_campaign: engagement(),
  feedback_rater: under("feedback_campaign", "campaign_id", {
    omit: ["token_hash", "sealed_answers", "completed", "reminders_sent"],
  }),
  feedback_rater_counts: under("feedback_campaign", "campaign_id", { withheld: ANONYMITY }),
  feedback_response: anonymous("feedback_campaign", "campaign_id"),
  feedback_comment: anonymous("feedback_campaign", "campaign_id"),
  goal: engagement(),
  goal_revision: engagement(),
  goal_development_link: engagement(),
  goal_behaviour_link: engagement(),
  goal_milestone: engagement(),
  goal_measurement: engagement(),
  goal_comment: engagement(),
  action_plan_version: engagement(),
  coaching_session: engagement(),
  session_series: engagement(),
  session_agenda_item: engagement(),
  session_note: engagement({ where: "kind <> 'private' or author_id = $person" }),
  session_preparation: engagement(),
  session_reflection: engagement(),
  session_theme: engagement(),
  session_commitment: engagement(),
  commitment_comment: under("session_commitment", "commitment_id"),
  note_phrase: engagement({ where: "source <> 'private' or author_id = $person" }),
  check_in_schedule: engagement(),
  check_in: engagement(),
  check_in_goal: engagement(),
  check_in_link: engagement({ omit: ["token_hash"] }),
  check_in_mailing: engagement(),
  check_in_reply: engagement(),
  pulse_settings: engagement(),
  pulse_stakeholder: engagement(),
  pulse_round: engagement(),
  pulse_invitee: under("pulse_round", "round_id", { withheld: ANONYMITY }),
  pulse_response: anonymous("pulse_round", "round_id"),
  pulse_feedforward: anonymous("pulse_round", "round_id"),
  // A side's reflection reaches the other only once both have shared (decision 022).
  reflection: engagement({
    where: `author_id = $person or (shared_at is not null and exists (select 1 from reflection other
      where other.engagement_id = reflection.engagement_id and other.point_key = reflection.point_key
      and other.author_role <> reflection.author_role and other.shared_at is not null))`,
  }),
  sustain_plan: engagement(),
  report_sharing: engagement(),
  // Who read what of the shared report, and when: the client sees it (decision 026).
  sponsor_read: engagement(),
  // The three-way agreement: its terms and who accepted them (decision 031).
  engagement_agreement: engagement(),
  sustain_check_in: engagement({ omit: ["token_hash"] }),
  sustain_nudge: engagement(),
  // Email courses and the practice's lists.
  course: none("a coach's course as written; its author is set to none when they go"),
  course_version: none("a course's published content"),
  // A client's own subscriptions; the export and the erasure also take those of their address
  // alone (subscribers-by-address.ts).
  subscriber: person("user_id"),
  subscription: under("subscriber", "subscriber_id", { omit: ["confirm_token_hash"] }),
  course_delivery: under("subscription", "subscription_id"),
  lesson_completion: under("subscription", "subscription_id"),
  // The practice's articles, and readers' replies known by their address alone.
  article_series: none("the practice's series of articles"),
  article: none("the practice's publications; its author is set to none when they go"),
  article_reply: special("replies from the person's address: exported and erased by it"),
  reply_block: special("the person's address blocked from replying: exported and erased by it"),
  // Programmes for organisations: the template and cohorts hold nobody; a participant is someone
  // invited by address, joined or not (decision 030).
  programme: none("the practice's programme for an organisation: its name and template"),
  programme_cohort: none("a programme's cohort: its name and start date"),
  programme_participant: special("a programme's participant: exported and erased by address"),
  programme_sponsor: person("user_id"),
  sponsor_report_mailing: person("sponsor_id"),
  coach_profile: person("user_id"),
  // A coach's rows by their id; a participant's go with their programme_participant row (cascade).
  coach_shortlist: person("coach_id"),
  engagement_coach_change: engagement(),
};

/** Tables of the database that are not Keel's data: the migrations' own bookkeeping. */
export const NOT_KEELS_TABLES = new Set(["__drizzle_migrations"]);
