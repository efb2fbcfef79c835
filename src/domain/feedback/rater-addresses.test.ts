import { describe, expect, it } from "vitest";
import { raterAddressProblem } from "./rater-addresses";

const people = [
  { role: "client" as const, email: "daniel.client@example.com" },
  { role: "coach" as const, email: "maya.coach@gmail.com" },
  { role: "sponsor" as const, email: "sam@example.com" },
];
const raters = [{ id: "r1", name: "Pat Lee", email: "pat@example.com" }];

describe("raterAddressProblem", () => {
  it("accepts an address nobody of the engagement or the list has", () => {
    expect(raterAddressProblem("kim@example.com", people, raters)).toBeNull();
  });

  it("refuses each person of the engagement, saying whose address it is", () => {
    expect(raterAddressProblem("Daniel.Client@example.com", people, raters)).toEqual({
      path: "email",
      message:
        "This is the client's own address: the client rates themselves apart, never as a rater",
    });
    expect(raterAddressProblem("daniel.client+x@example.com", people, raters)?.message).toBe(
      "This is the same mailbox as the client's address, written another way: the client rates themselves apart, never as a rater",
    );
    expect(raterAddressProblem("mayacoach@googlemail.com", people, raters)?.message).toMatch(
      /^This is the same mailbox as the coach's address/,
    );
    expect(raterAddressProblem("sam@example.com", people, raters)?.message).toMatch(
      /^This is the sponsor's own address/,
    );
  });

  it("refuses a second address of a listed mailbox, but not the rater's own", () => {
    expect(raterAddressProblem("pat+360@example.com", people, raters)).toEqual({
      path: "email",
      message:
        "This is the same mailbox as Pat Lee (pat@example.com), already on the list: one person answers once",
    });
    expect(raterAddressProblem("pat+360@example.com", people, raters, "r1")).toBeNull();
  });
});
