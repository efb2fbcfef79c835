import { describe, expect, it } from "vitest";
import type { Agent } from "./agent";
import type { World } from "./factories";

// The access tables: for each call, the status every kind of person gets. 404 means "does not
// exist for you": nothing about the record leaks.

export type Role =
  | "coach"
  | "otherCoach"
  | "admin"
  | "client"
  | "otherClient"
  | "sponsor"
  | "outsider"
  | "anonymous";
export const ROLES: Role[] = [
  "coach",
  "otherCoach",
  "admin",
  "client",
  "otherClient",
  "sponsor",
  "outsider",
  "anonymous",
];

export const agentOf = (world: World, role: Role): Agent =>
  role === "anonymous" ? world.anonymous : world[role].agent;

export interface Case<W extends World = World> {
  name: string;
  call: (agent: Agent, world: W) => Promise<{ status: number }>;
  expected: Record<Role, number>;
}

/** One test per row and role: the row's call, made as that role, answers the row's status. */
export function itAnswersAsTheTableSays<W extends World>(cases: Case<W>[], world: () => W) {
  describe.each(cases)("$name", ({ call, expected }) => {
    it.each(ROLES)("answers %s as the table says", async (role) => {
      const response = await call(agentOf(world(), role), world());
      expect(response.status, JSON.stringify(response)).toBe(expected[role]);
    });
  });
}

export const engagementUrl = (w: World) => `/api/engagements/${w.engagement.id}`;

// A client's questionnaires exist only for the client and their coach: everyone else gets 404.
export const onlyClientAndCoach = {
  admin: 404,
  sponsor: 404,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

// The engagement's other parties know it exists but may not read the client's profile.
export const partiesOnly = {
  admin: 403,
  sponsor: 403,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

// A coach's own templates are theirs alone: other coaches, the admin included, get 404; members
// who are not coaches get 403 (no role of theirs has templates).
export const onlyTheCoachesTemplate = {
  coach: 200,
  admin: 404,
  otherCoach: 404,
  outsider: 404,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
};

// Only coaches have competency models and a feedback dashboard; members who are not coaches get
// 403.
export const coachesOnly = (status: number): Record<Role, number> => ({
  coach: status,
  admin: status,
  otherCoach: status,
  outsider: status,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
});

// A rater's private link: the token is the only key, so every role gets the same answer.
export const sameForEveryone = (status: number): Record<Role, number> => ({
  coach: status,
  admin: status,
  otherCoach: status,
  outsider: status,
  client: status,
  otherClient: status,
  sponsor: status,
  anonymous: status,
});

/** Whoever is signed in, whatever their role, gets `status`: the rows act on the viewer's own account. */
export const signedInOnly = (status: number): Record<Role, number> => ({
  ...sameForEveryone(status),
  anonymous: 401,
});
