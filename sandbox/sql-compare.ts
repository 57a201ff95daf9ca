import { compareValues } from "./compare";

// Host-side comparison of a query's result table with the expected one.
// Rows are a multiset unless the question says ORDER BY matters; numbers
// match within the tolerance; column names count only when the question
// says so (the number of columns always does). Pure: the results panel uses
// rowDiff to mark rows in the browser.

export type SqlTable = { columns: string[]; rows: unknown[][] };
export type TableCompareOptions = { tolerance?: number; ordered?: boolean; columnNames?: boolean };

export function isSqlTable(v: unknown): v is SqlTable {
  if (v === null || typeof v !== "object") return false;
  const t = v as Record<string, unknown>;
  return Array.isArray(t.columns) && Array.isArray(t.rows) && t.rows.every(Array.isArray);
}

export function sameTable(actual: unknown, expected: SqlTable, opts: TableCompareOptions = {}): boolean {
  if (!isSqlTable(actual)) return false;
  if (actual.columns.length !== expected.columns.length) return false;
  if (opts.columnNames && !actual.columns.every((c, i) => c.toLowerCase() === String(expected.columns[i]).toLowerCase())) return false;
  return compareValues(actual.rows, expected.rows, { tolerance: opts.tolerance, unordered: !opts.ordered });
}

/**
 * Which rows differ: `extra` are indexes of the candidate's rows with no
 * expected partner, `missing` indexes of expected rows nobody matched. In
 * order mode a row is matched only by the row at the same position.
 */
export function rowDiff(actualRows: unknown[][], expectedRows: unknown[][], opts: TableCompareOptions = {}): { extra: number[]; missing: number[] } {
  const same = (a: unknown[], e: unknown[]) => compareValues(a, e, { tolerance: opts.tolerance });
  if (opts.ordered) {
    const extra: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < Math.max(actualRows.length, expectedRows.length); i++) {
      const a = actualRows[i];
      const e = expectedRows[i];
      if (a && e && same(a, e)) continue;
      if (a) extra.push(i);
      if (e) missing.push(i);
    }
    return { extra, missing };
  }
  const used = new Array<boolean>(expectedRows.length).fill(false);
  const extra: number[] = [];
  actualRows.forEach((a, i) => {
    const j = expectedRows.findIndex((e, k) => !used[k] && same(a, e));
    if (j >= 0) used[j] = true;
    else extra.push(i);
  });
  const missing = used.flatMap((u, k) => (u ? [] : [k]));
  return { extra, missing };
}
