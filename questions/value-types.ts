// A tiny, language-neutral type notation for coding-question signatures, so the
// loader can tell an author "hidden test 3: expected must be int[]" before the
// sandbox ever sees the test. Python, JS and TS all map onto it:
//
//   int | float | bool | string | any     scalars (int is a float with no fraction)
//   T[]                                   list of T
//   T?                                    T or null
//   dict<T>                               object / dict with string keys and T values
//
// Postfix operators apply left to right: `int?[]` is a list of nullable ints,
// `int[]?` is a nullable list of ints.

export type ValueType =
  | { t: "int" | "float" | "bool" | "string" | "any" }
  | { t: "list"; of: ValueType }
  | { t: "nullable"; of: ValueType }
  | { t: "dict"; of: ValueType };

const SCALARS = new Set(["int", "float", "bool", "string", "any"]);

/** Parses the notation above; returns an error message instead of throwing. */
export function parseValueType(text: string): ValueType | { error: string } {
  const src = text.replace(/\s+/g, "");
  let pos = 0;

  function parseType(): ValueType | { error: string } {
    let base: ValueType;
    const word = /^[a-z]+/.exec(src.slice(pos))?.[0] ?? "";
    pos += word.length;
    if (word === "dict") {
      if (src[pos] !== "<") return { error: `"${text}": dict needs a value type, as in dict<int>` };
      pos++;
      const inner = parseType();
      if ("error" in inner) return inner;
      if (src[pos] !== ">") return { error: `"${text}": missing ">" after dict<...` };
      pos++;
      base = { t: "dict", of: inner };
    } else if (SCALARS.has(word)) {
      base = { t: word as "int" };
    } else {
      return { error: `"${text}": unknown type "${word || src.slice(pos)}" (use int, float, bool, string, any, T[], T?, dict<T>)` };
    }
    for (;;) {
      if (src.startsWith("[]", pos)) {
        base = { t: "list", of: base };
        pos += 2;
      } else if (src[pos] === "?") {
        base = { t: "nullable", of: base };
        pos++;
      } else {
        return base;
      }
    }
  }

  const parsed = parseType();
  if ("error" in parsed) return parsed;
  if (pos !== src.length) return { error: `"${text}": unexpected "${src.slice(pos)}"` };
  return parsed;
}

export function formatValueType(type: ValueType): string {
  switch (type.t) {
    case "list":
      return `${formatValueType(type.of)}[]`;
    case "nullable":
      return `${formatValueType(type.of)}?`;
    case "dict":
      return `dict<${formatValueType(type.of)}>`;
    default:
      return type.t;
  }
}

/**
 * Checks a YAML-decoded value against a type. Returns null when it fits, else
 * where it fails and what was expected, e.g. "[2] must be int".
 */
export function checkValue(type: ValueType, value: unknown, where = ""): string | null {
  const fail = () => `${where ? `${where} ` : ""}must be ${formatValueType(type)}`;
  switch (type.t) {
    case "any":
      return value === undefined ? fail() : null;
    case "int":
      return typeof value === "number" && Number.isInteger(value) ? null : fail();
    case "float":
      return typeof value === "number" && Number.isFinite(value) ? null : fail();
    case "bool":
      return typeof value === "boolean" ? null : fail();
    case "string":
      return typeof value === "string" ? null : fail();
    case "nullable":
      // Non-null values must fit the inner type; report the inner problem, it is the precise one.
      return value === null ? null : checkValue(type.of, value, where);
    case "list": {
      if (!Array.isArray(value)) return fail();
      for (let i = 0; i < value.length; i++) {
        const problem = checkValue(type.of, value[i], `${where}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    case "dict": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail();
      for (const [key, item] of Object.entries(value)) {
        const problem = checkValue(type.of, item, `${where}.${key}`);
        if (problem) return problem;
      }
      return null;
    }
  }
}
