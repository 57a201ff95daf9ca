import { compareValues, type CompareOptions } from "./compare";
import type { ErrorSpec, RunRequest, StepView } from "./protocol";

// Stateful tests (construct an object, call its methods in order) and tests
// that expect an error. Both run through a small driver appended to the
// candidate's source: it performs the calls and reports, per call, either
// ["ok", value] or ["err", [class names, most specific first], message].
// Expected values and expected errors stay in the host: the driver gets the
// calls only (and, per call, whether its value is wanted at all), and the
// verdict is decided here.
//
// The driver runs in the candidate's isolate, so the candidate could tamper
// with it; that can only spoil their own result, as with the harness.

type Test = RunRequest["tests"][number];
type Language = RunRequest["language"];

export const DRIVER_ENTRY = "__lw_drive";

export function needsDriver(req: RunRequest): boolean {
  return req.language !== "sql" && req.tests.some((t) => t.sequence !== undefined || t.throws !== undefined);
}

/** What the driver receives for one test, as its single argument. */
export function driverSpec(test: Test): unknown {
  if (test.sequence) {
    return {
      k: "seq",
      c: test.sequence.construct,
      s: test.sequence.steps.map((s) => [s.method, s.args, Object.hasOwn(s, "expected") ? 1 : 0]),
    };
  }
  return { k: "call", a: test.args, c: test.throws ? 1 : 0 };
}

/** Source appended to the candidate's; `entry` is a checked identifier (the function or class). */
export function driverSource(language: Exclude<Language, "sql">, entry: string): string {
  if (language === "python") {
    return `

def ${DRIVER_ENTRY}(__lw_spec):
    def __lw_err(e):
        try:
            text = str(e)
        except BaseException:
            text = ""
        return ["err", [c.__name__ for c in type(e).__mro__], text[:2000]]
    __lw_target = globals().get(${JSON.stringify(entry)})
    if __lw_target is None:
        raise NameError("No function or class named ${entry} was found: define it at the top level of your code")
    if __lw_spec["k"] == "call":
        if not __lw_spec["c"]:
            return ["ok", __lw_target(*__lw_spec["a"])]
        try:
            return ["ok", __lw_target(*__lw_spec["a"])]
        except MemoryError:
            raise
        except Exception as e:
            return __lw_err(e)
    __lw_out = []
    try:
        __lw_obj = __lw_target(*__lw_spec["c"])
    except MemoryError:
        raise
    except Exception as e:
        return [__lw_err(e)]
    __lw_out.append(["ok", None])
    for __lw_name, __lw_args, __lw_want in __lw_spec["s"]:
        try:
            __lw_value = getattr(__lw_obj, __lw_name)(*__lw_args)
            __lw_out.append(["ok", __lw_value if __lw_want else None])
        except MemoryError:
            raise
        except Exception as e:
            __lw_out.append(__lw_err(e))
    return __lw_out
`;
  }
  // TypeScript; JavaScript is the same text without the annotations.
  const ts = `
;globalThis.${DRIVER_ENTRY} = function (spec: any): any {
  const target: any = typeof ${entry} !== "undefined" ? ${entry} : (typeof module === "object" && module.exports ? (module.exports as any)[${JSON.stringify(entry)}] : undefined);
  if (typeof target !== "function") throw new ReferenceError("No function or class named ${entry} was found: define it at the top level of your code");
  const oom = (e: any) => e instanceof RangeError && /^(Array buffer allocation failed|Invalid string length|Invalid typed array length)/.test(e.message);
  const err = (e: any): any[] => {
    const names: string[] = [];
    if (e !== null && (typeof e === "object" || typeof e === "function")) {
      if (typeof e.name === "string" && e.name) names.push(e.name);
      for (let p = Object.getPrototypeOf(e); p && names.length < 20; p = Object.getPrototypeOf(p)) {
        const c = p.constructor;
        if (c && typeof c.name === "string" && c.name && !names.includes(c.name)) names.push(c.name);
      }
    } else names.push("(thrown " + typeof e + ")");
    let text = "";
    try { text = e !== null && typeof e === "object" && typeof e.message === "string" ? e.message : String(e); } catch { text = ""; }
    return ["err", names, text.slice(0, 2000)];
  };
  if (spec.k === "call") {
    if (!spec.c) return ["ok", target(...spec.a)];
    try { return ["ok", target(...spec.a)]; } catch (e) { if (oom(e)) throw e; return err(e); }
  }
  const out: any[] = [];
  let obj: any;
  try { obj = new target(...spec.c); } catch (e) { if (oom(e)) throw e; return [err(e)]; }
  out.push(["ok", null]);
  for (const [name, args, want] of spec.s) {
    try {
      if (typeof obj[name] !== "function") throw new TypeError(name + " is not a method of " + ${JSON.stringify(entry)});
      const value = obj[name](...args);
      out.push(["ok", want ? value : null]);
    } catch (e) { if (oom(e)) throw e; out.push(err(e)); }
  }
  return out;
};
`;
  return language === "ts" ? ts : ts.replace(/ as any/g, "").replace(/: (?:any|string)(?:\[\])?/g, "");
}

type Envelope = ["ok", unknown] | ["err", string[], string];

function isEnvelope(v: unknown): v is Envelope {
  if (!Array.isArray(v)) return false;
  if (v[0] === "ok") return v.length === 2;
  return v[0] === "err" && v.length === 3 && Array.isArray(v[1]) && v[1].every((n) => typeof n === "string") && typeof v[2] === "string";
}

export function errorMatches(spec: ErrorSpec, names: string[], message: string): boolean {
  return names.includes(spec.name) && (spec.message === undefined || message.includes(spec.message));
}

function describeError(names: string[], message: string): string {
  return message ? `${names[0] ?? "Error"}: ${message}` : (names[0] ?? "Error");
}

function describeSpec(spec: ErrorSpec, language: Language): string {
  const verb = language === "python" ? "raises" : "throws";
  return `${verb} ${spec.name}${spec.message ? ` ("${spec.message}")` : ""}`;
}

export type WrappedGrade = { status: "Accepted" | "WrongAnswer" | "RuntimeError"; error?: string; actual?: unknown; steps?: StepView[] };

/** The verdict of one driven test, from the driver's value; `steps` up to the first difference. */
export function gradeDriven(test: Test, value: unknown, req: Pick<RunRequest, "language" | "entry" | "compare">): WrappedGrade {
  const { language, compare } = req;
  if (test.sequence) return gradeSequence(test, value, req.entry, language, compare);
  if (!isEnvelope(value)) return { status: "WrongAnswer", error: "The test driver's reply was tampered with" };
  if (value[0] === "ok") {
    if (test.throws) return { status: "WrongAnswer", actual: value[1], error: `Returned a value; expected it to ${describeSpec(test.throws, language).replace(/^(raises|throws)/, (v) => v.slice(0, -1))}` };
    return { status: compareValues(value[1], test.expected, compare) ? "Accepted" : "WrongAnswer", actual: value[1] };
  }
  const [, names, message] = value;
  if (test.throws && errorMatches(test.throws, names, message)) return { status: "Accepted", actual: `${describeError(names, message)}` };
  if (test.throws) return { status: "WrongAnswer", actual: describeError(names, message), error: `${describeError(names, message)}; expected: ${describeSpec(test.throws, language)}` };
  return { status: "RuntimeError", error: describeError(names, message) };
}

function gradeSequence(test: Test, value: unknown, entry: string, language: Language, compare: CompareOptions | undefined): WrappedGrade {
  const seq = test.sequence!;
  const calls = [{ label: `${OBJECT} = ${language === "python" ? "" : "new "}${entry}(${formatArgs(seq.construct, language)})`, expectsValue: false, expected: undefined as unknown, throws: seq.constructThrows }];
  for (const s of seq.steps) {
    calls.push({ label: `${OBJECT}.${s.method}(${formatArgs(s.args, language)})`, expectsValue: Object.hasOwn(s, "expected"), expected: s.expected, throws: s.throws });
  }
  if (!Array.isArray(value) || !value.every(isEnvelope)) return { status: "WrongAnswer", error: "The test driver's reply was tampered with" };
  const steps: StepView[] = [];
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i];
    const got = value[i] as Envelope | undefined;
    const view: StepView = { call: call.label, ok: true };
    if (call.expectsValue) view.expected = call.expected;
    if (call.throws) view.raises = describeSpec(call.throws, language);
    if (!got) {
      view.ok = false;
      view.error = "Not run: the object could not be built";
      steps.push(view);
      return { status: "WrongAnswer", steps, error: `Call ${i + 1} differs: ${call.label}` };
    }
    if (got[0] === "ok") {
      if (call.expectsValue) view.actual = got[1];
      if (call.throws) view.ok = false;
      else if (call.expectsValue) view.ok = compareValues(got[1], call.expected, compare);
    } else {
      view.error = describeError(got[1], got[2]);
      view.ok = call.throws ? errorMatches(call.throws, got[1], got[2]) : false;
    }
    steps.push(view);
    if (!view.ok) return { status: "WrongAnswer", steps, error: `Call ${i + 1} differs: ${call.label}` };
  }
  return { status: "Accepted", steps };
}

const OBJECT = "obj";

/** Arguments as the candidate's language writes them (JSON, with Python's None/True/False). */
export function formatArgs(args: unknown[], language: Language): string {
  return args.map((a) => formatValue(a, language)).join(", ");
}

export function formatValue(v: unknown, language: Language): string {
  const json = JSON.stringify(v) ?? "undefined";
  if (language !== "python") return json;
  return json.replace(/("(?:[^"\\]|\\.)*")|\bnull\b|\btrue\b|\bfalse\b/g, (m, str) => (str ? str : m === "null" ? "None" : m === "true" ? "True" : "False"));
}
