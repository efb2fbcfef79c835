import { describe, expect, it } from "vitest";
import { moved } from "./moved";

describe("moving an item of an edited list", () => {
  it("moves an item by one place within the list only", () => {
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});
