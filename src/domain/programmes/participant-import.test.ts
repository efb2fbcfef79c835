import { describe, expect, it } from "vitest";
import { checkParticipantCsv, type ImportContext } from "./participant-import";

const context: ImportContext = {
  cohorts: [
    { id: "c-spring", name: "Spring 2027" },
    { id: "c-autumn", name: "Autumn 2027" },
  ],
  participants: new Set(["old@acme.example"]),
  members: new Map([
    ["coach@acme.example", "coach"],
    ["sponsor@acme.example", "sponsor"],
    ["admin@acme.example", "admin"],
    ["client@acme.example", "client"],
  ]),
  pendingInvitations: new Set(["waiting@acme.example"]),
};

const check = (text: string) => checkParticipantCsv(text, context);
const messagesOf = (text: string, row: number) =>
  check(text)
    .rows.find((one) => one.row === row)
    ?.problems.map((problem) => problem.message) ?? [];

describe("a participants' CSV file", () => {
  it("reads columns in any order, headers in any case, a BOM and CRLF lines", () => {
    const result = check(
      "\ufeffCohort,EMAIL, Name ,manager\r\nspring 2027, Ann@Acme.example ,Ann Lee,Boss@Acme.example\r\n",
    );
    expect(result.fileProblems).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        values: {
          name: "Ann Lee",
          email: "ann@acme.example",
          manager: "boss@acme.example",
          cohort: "spring 2027",
        },
        cohortId: "c-spring",
        existingClient: false,
        problems: [],
      },
    ]);
    expect(result.counts).toEqual({
      rows: 1,
      ok: 1,
      withProblems: 0,
      emptySkipped: 0,
      existingClients: 0,
    });
  });

  it("keeps quoted commas and line breaks in one cell, numbering rows as a spreadsheet does", () => {
    const result = check(
      'name,email,cohort\n"Lee, Ann",ann@acme.example,Spring 2027\n"Two\nlines",two@acme.example,Spring 2027\nBo,bo@acme.example,Nowhere\n',
    );
    expect(result.rows.map((row) => [row.row, row.values.name])).toEqual([
      [2, "Lee, Ann"],
      [3, "Two\nlines"],
      [4, "Bo"],
    ]);
    expect(result.rows[2]?.problems[0]?.column).toBe("cohort");
  });

  it("skips empty rows and counts them, keeping the later rows' numbers", () => {
    const result = check("name,email,cohort\n\n,,\nAnn,ann@acme.example,Spring 2027\n");
    expect(result.rows.map((row) => row.row)).toEqual([4]);
    expect(result.counts.emptySkipped).toBe(2);
  });

  it("names every problem of a row with its column", () => {
    const text = [
      "name,email,manager,cohort",
      ",not-an-address,Jane Boss,Winter",
      "Ann,ann@acme.example,ann@acme.example,",
    ].join("\n");
    const [first, second] = check(text).rows;
    expect(first?.problems.map((problem) => problem.column)).toEqual([
      "name",
      "email",
      "manager",
      "cohort",
    ]);
    expect(first?.problems[2]?.message).toContain("manager's email address");
    expect(first?.problems[3]?.message).toContain('"Spring 2027", "Autumn 2027"');
    expect(second?.problems.map((problem) => problem.message)).toEqual([
      "A participant cannot be their own manager.",
      'Name the cohort: "Spring 2027", "Autumn 2027".',
    ]);
  });

  it("flags the second and later rows of an address, naming the first", () => {
    const text =
      "name,email,cohort\nAnn,ann@acme.example,Spring 2027\nAnn,ANN@acme.example ,Spring 2027\nA,ann@acme.example,Autumn 2027\n";
    expect(messagesOf(text, 2)).toEqual([]);
    expect(messagesOf(text, 3)).toEqual(["ann@acme.example is on row 2 already."]);
    expect(messagesOf(text, 4)).toEqual(["ann@acme.example is on row 2 already."]);
  });

  it("flags participants, members other than clients and open invitations this practice knows of", () => {
    const text = [
      "name,email,cohort",
      "Old,old@acme.example,Spring 2027",
      "Coach,coach@acme.example,Spring 2027",
      "Sponsor,sponsor@acme.example,Spring 2027",
      "Waiting,waiting@acme.example,Spring 2027",
      "Elsewhere,member-of-another-practice@acme.example,Spring 2027",
      "Admin,admin@acme.example,Spring 2027",
    ].join("\n");
    expect(messagesOf(text, 2)[0]).toContain("is a participant of this programme already");
    expect(messagesOf(text, 3)[0]).toContain("is a coach of this practice; a participant");
    expect(messagesOf(text, 4)[0]).toContain("is a sponsor of this practice");
    expect(messagesOf(text, 5)[0]).toContain("has an open invitation to this practice already");
    // An account in another practice is not this practice's to know (decision 005).
    expect(messagesOf(text, 6)).toEqual([]);
    expect(messagesOf(text, 7)[0]).toContain("is the admin of this practice");
    expect(check(text).rows.every((row) => !row.existingClient)).toBe(true);
  });

  it("takes a client of the practice as they are: ready, to be added rather than invited", () => {
    const text = [
      "name,email,cohort",
      "Client,Client@acme.example,Spring 2027",
      "New,new@acme.example,Spring 2027",
      "Again,client@acme.example,Spring 2027",
      "Nowhere,client@acme.example,Winter",
    ].join("\n");
    const result = check(text);
    expect(result.rows.map((row) => [row.row, row.existingClient, row.problems.length])).toEqual([
      [2, true, 0],
      [3, false, 0],
      [4, false, 1],
      [5, false, 2],
    ]);
    expect(result.counts).toMatchObject({ ok: 2, withProblems: 2, existingClients: 1 });
  });

  it("does not count a client's row with a problem as one to add", () => {
    const result = check("name,email,cohort\nClient,client@acme.example,Winter\n");
    expect(result.rows[0]?.existingClient).toBe(true);
    expect(result.counts).toMatchObject({ ok: 0, withProblems: 1, existingClients: 0 });
  });

  it("refuses rows over the limits and cells beyond the header", () => {
    const text = `name,email,cohort\n${"N".repeat(121)},${"a".repeat(250)}@acme.example,Spring 2027\nAnn,ann@acme.example,Spring 2027,extra\n`;
    expect(messagesOf(text, 2)).toEqual([
      "Keep the name under 120 characters.",
      "Keep the address under 254 characters.",
    ]);
    expect(messagesOf(text, 3)[0]).toContain("more cells than the header");
  });

  it("answers hostile text with row problems, never a throw", () => {
    const text = [
      "name,email,cohort",
      "Nul\u0000Name,nul@acme.example,Spring 2027",
      '<script>alert(1)</script>,"<b>@acme.example",<img src=x>',
    ].join("\n");
    expect(messagesOf(text, 2)[0]).toContain("NUL");
    const html = messagesOf(text, 3);
    expect(html[0]).toContain("is not an email address");
    expect(html[1]).toContain('no cohort "<img src=x>"');
  });

  it("accepts a name of HTML as the text it is: it is shown escaped, never run", () => {
    const result = check("name,email,cohort\n<b>Ann</b>,ann@acme.example,Spring 2027\n");
    expect(result.rows[0]?.problems).toEqual([]);
  });
});

describe("a file's own problems", () => {
  const fileProblems = (text: string) => check(text).fileProblems;

  it("needs a header", () => {
    expect(fileProblems("")).toEqual([expect.stringContaining("The file is empty")]);
    expect(fileProblems("Ann,ann@acme.example,Spring 2027\n")).toEqual([
      expect.stringContaining("The first row must be the header"),
    ]);
  });

  it("refuses half a character, which the parser would silently replace", () => {
    expect(
      fileProblems(
        "name,email,cohort\nAnn,ann@acme.example,Spring 2027\nBroken \ud800,b@acme.example,x\n",
      ),
    ).toEqual([
      "Line 3 of the file holds a broken character (half of an emoji or symbol); retype it and save the file again.",
    ]);
  });

  it("names unknown, repeated and missing columns", () => {
    expect(fileProblems("name,e-mail,name,team\n")).toEqual([
      'Unknown column "e-mail": the columns are name, email, manager, cohort.',
      'Unknown column "team": the columns are name, email, manager, cohort.',
      'The column "name" is in the header 2 times.',
      'The header has no "email" column.',
      'The header has no "cohort" column.',
    ]);
  });

  it("says when the text is not CSV", () => {
    expect(fileProblems('name,email,cohort\n"Ann,ann@acme.example,Spring 2027\n')[0]).toContain(
      "could not be read as CSV",
    );
  });

  it("takes 5,000 rows and refuses 5,001 with one problem and no rows", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `P${i},p${i}@acme.example,Spring 2027`).join("\n");
    const full = check(`name,email,cohort\n${rows(5000)}\n`);
    expect(full.counts).toMatchObject({ rows: 5000, ok: 5000 });
    const over = check(`name,email,cohort\n${rows(5001)}\n`);
    expect(over.fileProblems).toEqual([
      "The file has 5,001 participant rows; one import takes at most 5,000. Split it into several files.",
    ]);
    expect(over.rows).toEqual([]);
  });
});
