import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("toCsv", () => {
  it("round-trips commas, quotes, newlines and accents through a real parser", () => {
    const name = 'Lee, "Ace"\nSecond line';
    const csv = toCsv(["Name", "Total (%)"], [[name, 75], ["Zoë Ødegård", 0]]);
    expect(csv).toContain("\r\n");
    expect(parse(csv)).toEqual([
      ["Name", "Total (%)"],
      [name, "75"],
      ["Zoë Ødegård", "0"],
    ]);
  });

  it("prefixes every cell a spreadsheet would run as a formula, including one spanning lines", () => {
    const hostile = ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "=1\n=2"];
    const rows = parse(toCsv(["Name"], hostile.map((h) => [h])));
    expect(rows.slice(1).map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
  });

  it("leaves numbers, including negative ones, and harmless text alone", () => {
    const rows = parse(toCsv(["a", "b", "c", "d"], [[-5, "pending review", "", null]]));
    expect(rows[1]).toEqual(["-5", "pending review", "", ""]);
  });
});
