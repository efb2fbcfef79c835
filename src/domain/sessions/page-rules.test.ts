import { describe, expect, it } from "vitest";
import { mayRemoveAgendaItem, mayWriteNote, pageAbilities, type SessionTimes } from "./page-rules";

const session: SessionTimes = {
  status: "scheduled",
  startsAt: new Date("2027-03-01T09:00:00Z"),
  endsAt: new Date("2027-03-01T10:00:00Z"),
};
const before = new Date("2027-03-01T08:00:00Z");
const during = new Date("2027-03-01T09:30:00Z");
const after = new Date("2027-03-01T11:00:00Z");

describe("who writes what on a session's page", () => {
  it("gives the feedback to the coach alone, shared and private notes to both", () => {
    expect(mayWriteNote("feedback", "coach")).toBe(true);
    expect(mayWriteNote("feedback", "client")).toBe(false);
    expect(mayWriteNote("shared", "client")).toBe(true);
    expect(mayWriteNote("private", "client")).toBe(true);
    expect(mayWriteNote("private", "practice-admin")).toBe(false);
    expect(mayWriteNote("shared", "sponsor")).toBe(false);
  });

  it("lets the coach remove any agenda item and the client only their own", () => {
    expect(mayRemoveAgendaItem("coach", "coach-id", "client-id")).toBe(true);
    expect(mayRemoveAgendaItem("client", "client-id", "client-id")).toBe(true);
    expect(mayRemoveAgendaItem("client", "client-id", "coach-id")).toBe(false);
  });

  it("opens preparation until the end and reflection from the start", () => {
    expect(pageAbilities("client", session, true, before)).toMatchObject({
      writePreparation: true,
      writeReflection: false,
    });
    expect(pageAbilities("client", session, true, during)).toMatchObject({
      writePreparation: true,
      writeReflection: true,
    });
    expect(pageAbilities("client", session, true, after)).toMatchObject({
      writePreparation: false,
      writeReflection: true,
    });
    expect(pageAbilities("coach", session, true, after)).toMatchObject({
      writePreparation: false,
      writeReflection: false,
      writeFeedback: true,
    });
  });

  it("allows nothing on a cancelled session or a closed engagement", () => {
    const cancelled = { ...session, status: "cancelled" as const };
    for (const abilities of [
      pageAbilities("coach", cancelled, true, before),
      pageAbilities("client", session, false, during),
    ])
      expect(Object.values(abilities).some(Boolean)).toBe(false);
  });
});
