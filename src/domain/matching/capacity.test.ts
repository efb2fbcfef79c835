import { describe, expect, it } from "vitest";
import { capacityRefusal, hasRoom, plannedEndFrom, shortlistProblem } from "./capacity";

describe("coach capacity", () => {
  it("has room below the capacity only", () => {
    expect(hasRoom(2, 3)).toBe(true);
    expect(hasRoom(3, 3)).toBe(false);
    expect(hasRoom(0, 0)).toBe(false);
  });

  it("says who is full and what to do", () => {
    expect(capacityRefusal("Ana", 3, 3)).toBe(
      "Ana is at capacity (3 open of 3). Choose another coach or raise their capacity first.",
    );
    expect(capacityRefusal("Ana", 1, 3)).toBeNull();
  });
});

describe("planned end", () => {
  it("adds months, keeping the day or the month's last", () => {
    expect(plannedEndFrom("2027-01-15", 6)).toBe("2027-07-15");
    expect(plannedEndFrom("2027-01-31", 1)).toBe("2027-02-28");
    expect(plannedEndFrom("2027-11-30", 3)).toBe("2028-02-29");
    expect(plannedEndFrom("2027-05-01", 36)).toBe("2030-05-01");
  });
});

describe("shortlist", () => {
  it("takes two or three distinct coaches", () => {
    expect(shortlistProblem(["a", "b"])).toBeNull();
    expect(shortlistProblem(["a", "b", "c"])).toBeNull();
    expect(shortlistProblem(["a"])).toMatch(/2 or 3/);
    expect(shortlistProblem(["a", "b", "c", "d"])).toMatch(/2 or 3/);
    expect(shortlistProblem(["a", "a"])).toBe("Name each coach once");
  });
});
