import { describe, expect, it } from "vitest";
import type { EngagementParties } from "../../domain/engagement/access";
import { mayAnswer, mayReadClientWork } from "../../domain/engagement/client-work";
import type { MemberRole } from "../../domain/practice/roles";
import { AppError } from "../http/errors";
import type { Viewer } from "./viewer";
import { type RecordKind, requireVisible } from "./visible-record";

const parties: EngagementParties = {
  practiceId: "p1",
  coachId: "coach",
  clientId: "client",
  sponsorId: "sponsor",
};
const note = { id: "n1", parties };
const notes: RecordKind<typeof note> = {
  name: "This note",
  partiesOf: (row) => row.parties,
  maySee: mayReadClientWork,
};
const answering = { may: mayAnswer, refusal: "Only the client answers." };

const viewer = (userId: string, role: MemberRole, isAdmin = false): Viewer => ({
  userId,
  name: userId,
  email: `${userId}@example.com`,
  practiceId: "p1",
  practiceName: "Practice",
  role,
  isAdmin,
  twoFactorEnabled: false,
  practiceRequiresTwoFactor: false,
});

function refusalOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message };
    throw error;
  }
  return null;
}

describe("a record of an engagement, as the viewer may see it", () => {
  it("is found with the viewer's relation to its engagement", () => {
    expect(requireVisible(viewer("client", "client"), note, notes, answering)).toEqual({
      row: note,
      relation: "client",
    });
  });

  it("does not exist when missing, for strangers, or for parties who may not see it", () => {
    const notFound = { status: 404, message: "This note was not found." };
    const missing = () => requireVisible<typeof note>(viewer("coach", "coach"), undefined, notes);
    expect(refusalOf(missing)).toEqual(notFound);
    expect(refusalOf(() => requireVisible(viewer("other", "coach"), note, notes))).toEqual(
      notFound,
    );
    expect(refusalOf(() => requireVisible(viewer("sponsor", "sponsor"), note, notes))).toEqual(
      notFound,
    );
    expect(refusalOf(() => requireVisible(viewer("admin", "coach", true), note, notes))).toEqual(
      notFound,
    );
  });

  it("refuses a party who sees it what they may not do, saying who may", () => {
    expect(
      refusalOf(() => requireVisible(viewer("coach", "coach"), note, notes, answering)),
    ).toEqual({ status: 403, message: "Only the client answers." });
  });
});
