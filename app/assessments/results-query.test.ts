import { describe, expect, it } from "vitest";
import { applyResultsQuery, resultsQuerySchema, type QueryableRow } from "./results-query";

const row = (name: string, over: Partial<QueryableRow> = {}): QueryableRow => ({
  name,
  email: `${name.toLowerCase()}@example.com`,
  status: "submitted",
  total: null,
  pendingReview: 0,
  startedAt: null,
  submittedAt: null,
  timeUsedMs: null,
  ...over,
});

const rows = [
  row("Ada", { total: 0.5, pendingReview: 1 }),
  row("Bo", { status: "sent" }),
  row("Cy", { total: 0.9 }),
  row("Di", { total: 0, status: "started" }),
];
const query = (raw: Record<string, string>) => resultsQuerySchema.parse(raw);
const names = (list: QueryableRow[]) => list.map((r) => r.name);

describe("applyResultsQuery", () => {
  it("sorts by total, highest first by default, with no score last", () => {
    expect(names(applyResultsQuery(rows, query({})))).toEqual(["Cy", "Ada", "Di", "Bo"]);
    expect(names(applyResultsQuery(rows, query({ dir: "asc" })))).toEqual(["Di", "Ada", "Cy", "Bo"]);
  });
  it("filters by status, pending review and a search over name and email", () => {
    expect(names(applyResultsQuery(rows, query({ status: "started" })))).toEqual(["Di"]);
    expect(names(applyResultsQuery(rows, query({ pending: "1" })))).toEqual(["Ada"]);
    expect(names(applyResultsQuery(rows, query({ q: "CY@EX", sort: "name" })))).toEqual(["Cy"]);
  });
  it("refuses values it does not know", () => {
    expect(resultsQuerySchema.safeParse({ sort: "password" }).success).toBe(false);
    expect(resultsQuerySchema.safeParse({ status: "hired" }).success).toBe(false);
    expect(resultsQuerySchema.safeParse({ dir: "sideways" }).success).toBe(false);
  });
});
