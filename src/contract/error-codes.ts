// Every error code the API answers with, its HTTP status and what a person reads by default.
// The server builds its errors from this table and the web app compares codes against its keys,
// so a code that is not here is a type error on both sides. A call may pass a message of its
// own (one that names the thing, or says what to do next); the code and status stay the table's.

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 500;

export interface ErrorCodeEntry {
  status: ErrorStatus;
  message: string;
  /** The one other status a call may answer this code with. */
  otherStatus?: ErrorStatus;
}

export const ERROR_CODES = {
  invalid_input: { status: 400, message: "Some fields need fixing." },
  incomplete: { status: 400, message: "Answer what is left before submitting." },
  wrong_password: { status: 400, message: "That is not your password." },
  invalid_token: { status: 400, message: "This link is invalid or has expired." },
  invalid_body: { status: 400, message: "The request's body could not be read." },
  // Fastify's other refusals of a request keep Fastify's own 4xx status.
  bad_request: { status: 400, message: "The request could not be understood." },

  unauthenticated: { status: 401, message: "Sign in to continue." },
  invalid_credentials: { status: 401, message: "That email and password do not match." },
  invalid_code: { status: 401, message: "That code is not right." },
  code_used: { status: 401, message: "This code has signed in already." },
  sign_in_again: { status: 401, message: "Sign in with your email and password again." },

  forbidden: { status: 403, message: "Your role may not do this." },
  cross_origin: { status: 403, message: "Requests from other sites are not accepted." },
  email_not_verified: { status: 403, message: "Confirm your email address first." },
  two_factor_required: {
    status: 403,
    message: "Your practice requires two-factor sign-in. Turn it on in Settings to continue.",
    // Turning it off where the practice requires it conflicts with the practice's setting.
    otherStatus: 409,
  },

  not_found: { status: 404, message: "That was not found." },

  account_exists: { status: 409, message: "An account with this email exists already." },
  slug_taken: { status: 409, message: "Another practice has this public address already." },
  already_member: { status: 409, message: "This person is a member of the practice already." },
  already_verified: { status: 409, message: "Your address is confirmed already." },
  invitation_pending: { status: 409, message: "This address has a pending invitation already." },
  two_factor_on: { status: 409, message: "Two-factor sign-in is on already." },
  two_factor_off: { status: 409, message: "Two-factor sign-in is not on." },
  two_factor_not_started: { status: 409, message: "Start turning on two-factor sign-in first." },
  stage_changed: { status: 409, message: "Someone moved this engagement meanwhile." },
  invalid_transition: { status: 409, message: "The engagement cannot move to that stage." },
  import_has_problems: {
    status: 400,
    message: "Some rows of the file need fixing; nothing was saved.",
  },
  view_not_offered: {
    status: 400,
    message: "This page offers no such view; choose the programme, a cohort or one of its filters.",
  },
  group_too_small: {
    status: 400,
    message:
      "Figures are not shown for this group: they would rest on fewer participants than allowed.",
  },
  planning_not_done: {
    status: 400,
    message: "No goal has a measure and a plan yet; say why you move on anyway.",
  },
  engagement_closed: {
    status: 409,
    message: "This engagement is closed; nothing new can be assigned in it.",
  },
  already_assigned: { status: 409, message: "This is already assigned and not yet submitted." },
  answers_changing: { status: 409, message: "The answers were changing meanwhile; try again." },
  assessment_submitted: { status: 409, message: "This questionnaire was submitted." },
  assessment_withdrawn: { status: 409, message: "The coach withdrew this questionnaire." },
  not_submitted: { status: 409, message: "The questionnaire is not submitted yet." },
  exercise_submitted: { status: 409, message: "This exercise was submitted." },
  exercise_withdrawn: { status: 409, message: "The coach withdrew this exercise." },
  already_decided: { status: 409, message: "This proposal is already in the profile." },
  model_changed: { status: 409, message: "This model was changed elsewhere meanwhile." },
  invalid_move: { status: 409, message: "This 360 feedback cannot move there." },
  campaign_changed: { status: 409, message: "Someone changed this campaign meanwhile." },
  campaign_gone: { status: 409, message: "This feedback campaign was deleted meanwhile." },
  campaign_started: { status: 409, message: "Invitations for this 360 feedback have gone out." },
  campaign_closed: { status: 409, message: "This 360 feedback is closed." },
  settings_locked: { status: 409, message: "These settings can no longer change." },
  deadline_passed: { status: 409, message: "The deadline is today or past." },
  raters_locked: { status: 409, message: "The raters can no longer change." },
  rater_invited: { status: 409, message: "This rater already has their link." },
  rater_waiting: { status: 409, message: "This rater waits for approval." },
  rater_not_waiting: { status: 409, message: "This rater is not waiting for approval." },
  rater_not_invited: { status: 409, message: "This rater has no link yet." },
  self_rating_submitted: { status: 409, message: "You submitted your self-rating." },
  self_rating_closed: { status: 409, message: "Your self-rating cannot change now." },
  already_submitted: { status: 409, message: "You have already sent your feedback." },
  closed: { status: 409, message: "This survey has closed." },
  not_closed: { status: 409, message: "This campaign has not closed yet." },
  released: { status: 409, message: "A released report never changes." },
  stale_version: {
    status: 409,
    message: "Someone saved a newer version meanwhile; your changes were not saved yet.",
  },
  goal_closed: { status: 409, message: "This goal is closed." },
  slot_taken: { status: 409, message: "The coach has another session at that time." },
  coach_changed: {
    status: 409,
    message: "The engagement moved to another coach meanwhile; book with the new coach.",
  },
  allowance_used: { status: 409, message: "All the engagement's sessions are used or booked." },
  session_cancelled: { status: 409, message: "This session is cancelled." },
  session_past: { status: 409, message: "This session has started or is over." },
  moves_used: { status: 409, message: "This session cannot be moved again." },
  session_not_started: { status: 409, message: "This session has not started yet." },
  series_cancelled: { status: 409, message: "This series is cancelled already." },
  already_checked_in: { status: 409, message: "This week's check-in is sent already." },
  pulse_submitted: { status: 409, message: "You have sent your answers to this pulse already." },
  pulse_round_open: { status: 409, message: "A pulse round is open already." },
  pulse_questions_locked: {
    status: 409,
    message: "The first pulse went out: its questions stay as they were, so rounds compare.",
  },
  too_few_stakeholders: {
    status: 409,
    message: "A pulse needs at least three approved stakeholders.",
  },
  stakeholder_not_waiting: {
    status: 409,
    message: "This stakeholder is not waiting for approval.",
  },
  still_coached: {
    status: 409,
    message:
      "This client has an engagement that is not closed; close it before erasing their data.",
  },
  reflection_not_due: { status: 409, message: "This reflection point is not due yet." },
  agreement_not_drafted: {
    status: 409,
    message: "The coach has not drafted the three-way agreement yet.",
  },
  agreement_not_in_force: {
    status: 409,
    message: "No three-way agreement is in force: all parties must accept it first.",
  },
  report_not_yet: {
    status: 409,
    message: "The final report comes once the engagement is in review.",
  },
  reflection_shared: {
    status: 409,
    message: "You have shared this reflection; it stays as you shared it.",
  },

  already_enrolled: {
    status: 409,
    message: "This client is enrolled in this course already.",
  },
  unsubscribed_from_course: {
    status: 409,
    message:
      "This client unsubscribed from this course. Only they can subscribe again, from the course's page.",
  },
  article_status: {
    status: 409,
    message: "This article's status does not allow that now.",
  },
  address_taken: {
    status: 409,
    message: "Another article or series of the practice has this address; choose another.",
  },
  address_suppressed: {
    status: 409,
    message:
      "Mail to this client's address bounced or was refused, so no lessons can reach it. Check the address first.",
  },
  course_not_open: {
    status: 409,
    message: "This course is not published, so nobody new can be enrolled in it.",
  },
  cohort_has_participants: {
    status: 409,
    message: "This cohort has participants, so it cannot be removed.",
  },
  coach_at_capacity: {
    status: 409,
    message: "This coach is at capacity. Choose another coach or raise their capacity first.",
  },
  already_matched: { status: 409, message: "This participant has a coach already." },
  participant_not_joined: {
    status: 409,
    message: "This participant has not accepted their invitation yet.",
  },

  invitation_closed: {
    status: 410,
    message: "This invitation is no longer open. Ask for a new one.",
    // Revoking one that was accepted or revoked already conflicts; it is not gone.
    otherStatus: 409,
  },
  check_in_link_used: {
    status: 410,
    message: "This check-in was sent already. Thank you! The next link comes next week.",
  },
  check_in_link_expired: {
    status: 410,
    message: "This check-in link has expired. The next one comes next week.",
  },
  sustain_link_used: {
    status: 410,
    message: "This self check-in was sent already; thank you.",
  },
  sustain_link_expired: {
    status: 410,
    message: "This self check-in link has expired. The next one comes by mail when it is due.",
  },
  sustain_not_yet: {
    status: 409,
    message: "The sustain plan is written in review or sustaining.",
  },
  pulse_closed: {
    status: 410,
    message: "This pulse has closed, so answers can no longer be given. Thank you.",
  },
  body_too_large: { status: 413, message: "The request's body is too large." },
  unsupported_media_type: { status: 415, message: "Send the request's body as JSON." },
  rate_limited: { status: 429, message: "Too many attempts. Wait a while and try again." },
  internal: {
    status: 500,
    message: "Something went wrong on our side. Quote this id if you report it.",
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The statuses a code may be answered with: the table's, and its other one if it has one. */
export type StatusOf<C extends ErrorCode> = ErrorStatus &
  (
    | (typeof ERROR_CODES)[C]["status"]
    | ((typeof ERROR_CODES)[C] extends { otherStatus: infer S } ? S : never)
  );
