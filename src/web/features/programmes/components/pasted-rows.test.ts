import { describe, expect, it } from "vitest";
import { pastedAsCsv } from "./pasted-rows";

describe("pastedAsCsv", () => {
  it("turns rows copied from a spreadsheet (tabs) into CSV, quoting cells with commas", () => {
    const pasted = "name\temail\tmanager\tcohort\nHaddad, Amira\tamira@example.com\t\tSpring";
    expect(pastedAsCsv(pasted)).toBe(
      'name,email,manager,cohort\n"Haddad, Amira",amira@example.com,,Spring',
    );
  });

  it("leaves CSV as it is", () => {
    const csv = 'name,email\n"Nowak, T",t@example.com\tx';
    expect(pastedAsCsv(csv)).toBe(csv);
  });
});
