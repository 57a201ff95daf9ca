import { z } from "zod";
import { INVITE_STATUSES, type InviteStatus } from "./invite-status";

export const RESULT_SORTS = ["name", "status", "total", "started", "submitted", "time"] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];

/** The results page's query string: a bad value is a 400 with the reason, not a silently different list. */
export const resultsQuerySchema = z.object({
  status: z.enum(["all", ...INVITE_STATUSES], { error: "Unknown status filter" }).default("all"),
  pending: z.enum(["", "1"], { error: "pending is 1 or empty" }).default(""),
  q: z.string().trim().max(200, "Search for at most 200 characters").default(""),
  sort: z.enum(RESULT_SORTS, { error: `Sort by one of: ${RESULT_SORTS.join(", ")}` }).default("total"),
  dir: z.enum(["asc", "desc"], { error: "Direction is asc or desc" }).default("desc"),
});
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

/** What sorting and filtering need of a row. */
export type QueryableRow = {
  name: string;
  email: string;
  status: InviteStatus;
  total: number | null;
  pendingReview: number;
  startedAt: string | null;
  submittedAt: string | null;
  timeUsedMs: number | null;
};

const STATUS_ORDER: Record<InviteStatus, number> = { submitted: 0, started: 1, opened: 2, sent: 3, expired: 4, revoked: 5 };

function key(row: QueryableRow, sort: ResultSort): string | number | null {
  switch (sort) {
    case "name":
      return (row.name || row.email).toLocaleLowerCase("en");
    case "status":
      return STATUS_ORDER[row.status];
    case "total":
      return row.total;
    case "started":
      return row.startedAt;
    case "submitted":
      return row.submittedAt;
    case "time":
      return row.timeUsedMs;
  }
}

/** Filter, then sort; rows with nothing to sort by (not started, no score) go last either way. */
export function applyResultsQuery<R extends QueryableRow>(rows: readonly R[], query: ResultsQuery): R[] {
  const needle = query.q.toLocaleLowerCase("en");
  const kept = rows.filter(
    (r) =>
      (query.status === "all" || r.status === query.status) &&
      (query.pending !== "1" || r.pendingReview > 0) &&
      (!needle || r.name.toLocaleLowerCase("en").includes(needle) || r.email.toLocaleLowerCase("en").includes(needle)),
  );
  const sign = query.dir === "asc" ? 1 : -1;
  return kept
    .map((row, index) => ({ row, index, k: key(row, query.sort) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.index - b.index : a.k === null ? 1 : -1;
      const order = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
      return order * sign || a.index - b.index;
    })
    .map((x) => x.row);
}
