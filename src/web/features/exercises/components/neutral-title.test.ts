import { describe, expect, it } from "vitest";
import { neutralTitle } from "./neutral-title";

describe("neutralTitle", () => {
  it("drops a leading “Your” and capitalises what follows", () => {
    expect(neutralTitle("Your leadership wheel")).toBe("Leadership wheel");
    expect(neutralTitle("Your best self as a leader")).toBe("Best self as a leader");
    expect(neutralTitle("your wheel")).toBe("Wheel");
  });

  it("keeps any other title as it is", () => {
    expect(neutralTitle("Leadership wheel")).toBe("Leadership wheel");
    expect(neutralTitle("Personal values")).toBe("Personal values");
    expect(neutralTitle("Yours truly")).toBe("Yours truly");
    expect(neutralTitle("What your team needs")).toBe("What your team needs");
    expect(neutralTitle("Your")).toBe("Your");
  });
});
