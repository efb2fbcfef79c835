import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvCell('Ada, "the first"')).toBe('"Ada, ""the first"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it.each(["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx"])("defuses the formula %j", (value) => {
    expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("ends every record with CRLF", () => {
    expect(
      csvDocument([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("a,b\r\nc,d\r\n");
  });
});
