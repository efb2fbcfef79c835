import { describe, expect, it } from "vitest";
import { placeProblem } from "./session-place";

describe("placeProblem", () => {
  it("asks for an address to meet in person", () => {
    expect(placeProblem("in_person", " ")?.message).toBe("Give the address where you will meet");
    expect(placeProblem("in_person", "1 High Street, Leeds")).toBeNull();
  });

  it("asks for a whole phone number", () => {
    expect(placeProblem("phone", "")?.path).toBe("place");
    expect(placeProblem("phone", "123")?.message).toMatch(/whole phone number/);
    expect(placeProblem("phone", "+44 (0)20 7946 0000")).toBeNull();
  });

  it("takes an https link for video, or none for the engagement's", () => {
    expect(placeProblem("video", "")).toBeNull();
    expect(placeProblem("video", "https://meet.example.com/abc")).toBeNull();
    expect(placeProblem("video", "http://meet.example.com/abc")?.message).toMatch(/https:\/\//);
    expect(placeProblem("video", "my zoom room")?.path).toBe("place");
  });
});
