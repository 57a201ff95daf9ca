// Host-side grading: the candidate's value (decoded from the isolate's JSON)
// against the expected value that never left the host. Values are JSON-like
// trees: primitives, arrays and plain objects.

export type CompareOptions = {
  /** Absolute and relative tolerance for numbers; default 1e-9. */
  tolerance?: number;
  /** Ignore the order of a top-level array (a multiset comparison). */
  unordered?: boolean;
};

export const DEFAULT_TOLERANCE = 1e-9;
const MAX_DEPTH = 2_000;
/** Above this, matching unordered arrays pair by pair costs too much. */
const GREEDY_MATCH_LIMIT = 2_000;

export function compareValues(actual: unknown, expected: unknown, opts: CompareOptions = {}): boolean {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
  if (opts.unordered && Array.isArray(actual) && Array.isArray(expected)) {
    return sameMultiset(actual, expected, tolerance);
  }
  return equal(actual, expected, tolerance, 0);
}

export function numbersClose(a: number, e: number, tolerance: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(e)) return Number.isNaN(a) && Number.isNaN(e);
  if (!Number.isFinite(a) || !Number.isFinite(e)) return a === e;
  const diff = Math.abs(a - e);
  return diff <= tolerance || diff <= tolerance * Math.abs(e);
}

function equal(a: unknown, e: unknown, tolerance: number, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof a === "number" && typeof e === "number") return numbersClose(a, e, tolerance);
  if (typeof a === "bigint" || typeof e === "bigint") {
    // A bigint answer to a numeric question is fine when it is exactly the number.
    if ((typeof a === "bigint" || typeof a === "number") && (typeof e === "bigint" || typeof e === "number")) {
      return isExactInteger(a) && isExactInteger(e) && BigInt(a) === BigInt(e);
    }
    return false;
  }
  if (a === null || e === null || typeof a !== "object" || typeof e !== "object") return Object.is(a, e) || a === e;
  if (Array.isArray(a) !== Array.isArray(e)) return false;
  if (Array.isArray(a) && Array.isArray(e)) {
    if (a.length !== e.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], e[i], tolerance, depth + 1)) return false;
    return true;
  }
  // Keys holding undefined count as absent, as they would in JSON.
  const ao = a as Record<string, unknown>;
  const eo = e as Record<string, unknown>;
  const aKeys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const eKeys = Object.keys(eo).filter((k) => eo[k] !== undefined);
  if (aKeys.length !== eKeys.length) return false;
  for (const k of eKeys) {
    if (!Object.prototype.hasOwnProperty.call(ao, k)) return false;
    if (!equal(ao[k], eo[k], tolerance, depth + 1)) return false;
  }
  return true;
}

function isExactInteger(v: number | bigint): boolean {
  return typeof v === "bigint" || Number.isSafeInteger(v);
}

function sameMultiset(actual: unknown[], expected: unknown[], tolerance: number): boolean {
  if (actual.length !== expected.length) return false;
  // Sorting by a canonical key settles the common case in O(n log n); it can
  // only fail spuriously when tolerance reorders near-equal numbers, which the
  // pairwise matching below then decides.
  const byKey = (xs: unknown[]) => xs.map((v) => [canonicalKey(v), v] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const sa = byKey(actual);
  const se = byKey(expected);
  if (sa.every(([, v], i) => equal(v, se[i][1], tolerance, 1))) return true;
  if (actual.length > GREEDY_MATCH_LIMIT) return false;
  const used = new Array<boolean>(expected.length).fill(false);
  outer: for (const a of actual) {
    for (let j = 0; j < expected.length; j++) {
      if (!used[j] && equal(a, expected[j], tolerance, 1)) {
        used[j] = true;
        continue outer;
      }
    }
    return false;
  }
  return true;
}

/** A stable text for sorting: objects with sorted keys, bigint and non-finite numbers spelled out. */
export function canonicalKey(v: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) return "…";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : `#${v}`;
  if (typeof v === "bigint") return `${v}n`;
  if (v === undefined) return "#undefined";
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? String(v);
  if (Array.isArray(v)) return `[${v.map((x) => canonicalKey(x, depth + 1)).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalKey(o[k], depth + 1)}`)
    .join(",")}}`;
}
