import { describe, expect, it } from "vitest";
import { combinedInviteList, MAX_INVITES_PER_UPLOAD, parseInviteCsv, parsePastedAddresses } from "./invite-list";

describe("pasted addresses", () => {
  it("split on lines, commas and semicolons, lower-case, and keep a name given as Name <address>", () => {
    const list = parsePastedAddresses("ada@example.com\nBob@Example.com, Grace Hopper <grace@navy.mil>; \n\n");
    expect(list.valid).toEqual([
      { email: "ada@example.com", name: "" },
      { email: "bob@example.com", name: "" },
      { email: "grace@navy.mil", name: "Grace Hopper" },
    ]);
    expect(list.invalid).toEqual([]);
    expect(list.error).toBeUndefined();
  });

  it("list invalid and duplicate addresses back instead of dropping them", () => {
    const list = parsePastedAddresses("ada@example.com\nnot-an-address\nADA@example.com\nbob@\nold@example.com", new Set(["old@example.com"]));
    expect(list.valid.map((v) => v.email)).toEqual(["ada@example.com"]);
    expect(list.invalid).toEqual(["not-an-address", "bob@"]);
    expect(list.duplicates).toEqual(["ada@example.com", "old@example.com"]);
  });

  it(`refuse more than ${MAX_INVITES_PER_UPLOAD} addresses at once`, () => {
    const many = Array.from({ length: MAX_INVITES_PER_UPLOAD + 1 }, (_, i) => `c${i}@example.com`).join("\n");
    expect(parsePastedAddresses(many).error).toMatch(/At most 500/);
    const enough = Array.from({ length: MAX_INVITES_PER_UPLOAD }, (_, i) => `c${i}@example.com`).join("\n");
    expect(parsePastedAddresses(enough).error).toBeUndefined();
  });
});

describe("CSV upload", () => {
  it("reads the email and name columns in any case and order, with a BOM and quoted fields", () => {
    const csv = '\uFEFFName,EMAIL,team\r\n"Lovelace, Ada",ada@example.com,x\r\nBob,bob@example.com,y\r\n,,\r\n';
    const list = parseInviteCsv(csv);
    expect(list.valid).toEqual([
      { email: "ada@example.com", name: "Lovelace, Ada" },
      { email: "bob@example.com", name: "Bob" },
    ]);
  });

  it("lists invalid and duplicate rows", () => {
    const list = parseInviteCsv("email\nada@example.com\nnope\nada@example.com\n");
    expect(list.valid).toHaveLength(1);
    expect(list.invalid).toEqual(["nope"]);
    expect(list.duplicates).toEqual(["ada@example.com"]);
  });

  it("needs an email column", () => {
    expect(parseInviteCsv("address,name\nada@example.com,Ada\n").error).toMatch(/"email" column/);
    expect(parseInviteCsv("").error).toMatch(/"email" column/);
  });

  it(`refuses more than ${MAX_INVITES_PER_UPLOAD} rows`, () => {
    const rows = Array.from({ length: 501 }, (_, i) => `c${i}@example.com`).join("\n");
    expect(parseInviteCsv(`email\n${rows}`).error).toMatch(/At most 500/);
  });
});

describe("pasted and uploaded together", () => {
  it("count an address given in both once, and list the rest back", () => {
    const list = combinedInviteList("ada@example.com, bad", "email,name\nADA@example.com,Ada\nbob@example.com,Bob\n", new Set(["old@example.com"]));
    expect(list.valid).toEqual([
      { email: "ada@example.com", name: "" },
      { email: "bob@example.com", name: "Bob" },
    ]);
    expect(list.invalid).toEqual(["bad"]);
    expect(list.duplicates).toEqual(["ada@example.com"]);
  });

  it("apply the cap to the whole, and need something to invite", () => {
    const half = (from: number) => Array.from({ length: 300 }, (_, i) => `c${from + i}@example.com`).join("\n");
    expect(combinedInviteList(half(0), `email\n${half(300)}`).error).toMatch(/this list has 600/);
    expect(combinedInviteList("  ", "").error).toMatch(/Paste at least one address/);
    expect(combinedInviteList("", "name\nAda\n").error).toMatch(/"email" column/);
  });
});
