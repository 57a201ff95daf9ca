// Values cross the isolate boundary as JSON text, never as live objects:
// a string copied out of an isolate cannot run anything in the host. Plain
// JSON loses undefined, NaN, ±Infinity and bigint, so those travel as
// one-key objects tagged with TAG (a key no real data uses). The in-isolate
// half of this codec lives in runners/js-prelude.ts and must stay in step.

export const TAG = "\u0000lw";

type Tagged = { [TAG]: string; v?: string };

/** Host → isolate: arguments of one test. */
export function encodeValue(value: unknown): string {
  return JSON.stringify(toTree(value, 0));
}

function toTree(v: unknown, depth: number): unknown {
  if (depth > 1_000) throw new RangeError("test arguments are nested too deeply");
  switch (typeof v) {
    case "number":
      if (Number.isNaN(v)) return { [TAG]: "NaN" };
      if (v === Infinity) return { [TAG]: "Infinity" };
      if (v === -Infinity) return { [TAG]: "-Infinity" };
      return v;
    case "undefined":
      return { [TAG]: "undefined" };
    case "bigint":
      return { [TAG]: "bigint", v: v.toString() };
    case "object":
      if (v === null) return null;
      if (Array.isArray(v)) return v.map((x) => toTree(x, depth + 1));
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toTree(x, depth + 1)]));
    default:
      return v;
  }
}

/** Isolate → host: a return value. Throws on text that is not JSON. */
export function decodeValue(json: string): unknown {
  return fromTree(JSON.parse(json));
}

export function fromTree(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(fromTree);
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.includes(TAG) && keys.length <= 2) return fromTag(o as Tagged);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = fromTree(o[k]);
  return out;
}

function fromTag(t: Tagged): unknown {
  switch (t[TAG]) {
    case "undefined":
      return undefined;
    case "NaN":
      return NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
    case "bigint":
      try {
        return BigInt(t.v ?? "0");
      } catch {
        return NaN;
      }
    case "function":
      return `[Function${t.v ? `: ${t.v}` : ""}]`;
    case "symbol":
      return `[Symbol${t.v ? `(${t.v})` : ""}]`;
    default:
      return `[${String(t[TAG])}]`;
  }
}
