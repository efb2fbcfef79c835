import { describe, expect, it } from "vitest";
import { listHeaders, listId } from "./list-headers";

describe("a list mail's headers", () => {
  it("carry one one-click unsubscribe address and an RFC 2919 List-Id", () => {
    const id = listId(
      "Become a better leader",
      ["become-a-better-leader", "Demo Practice"],
      "https://keel.example:8443/x",
    );
    expect(id).toBe('"Become a better leader" <become-a-better-leader.demo-practice.keel.example>');
    expect(
      listHeaders({ listId: id, unsubscribeUrl: "https://keel.example/lists/unsubscribe/a.b" }),
    ).toEqual({
      "List-Unsubscribe": "<https://keel.example/lists/unsubscribe/a.b>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": id,
    });
  });

  it("refuse anything but one web address", () => {
    expect(() => listHeaders({ listId: "x", unsubscribeUrl: "mailto:a@b" })).toThrow();
    expect(() => listHeaders({ listId: "x", unsubscribeUrl: "https://a>, <https://b" })).toThrow();
  });
});
