// zod schemas for the assembled question — after the loader has merged a
// folder's prompt.md, explanation.md, starter and solution files into the
// question.yaml fields. Objects are strict so a misspelt field ("tolerence")
// is reported instead of silently ignored.
import { z } from "zod";
import {
  DIFFICULTIES,
  findSkill,
  LANGUAGE_EXT,
  LANGUAGES,
  STAGES,
  TRACKS,
  type Language,
} from "./taxonomy.ts";
import { NORMALIZATION_STEPS, normalizeAnswer, type Normalization } from "./normalize-answer.ts";
import { checkValue, parseValueType } from "./value-types.ts";
import { makeSqlSchema } from "./sql-schema.ts";
import { checkScene } from "./whiteboard-scene.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG, "must be a slug: lowercase letters, digits and single hyphens");
export const text = z.string().trim().min(1, "must not be empty");
export const markdown = z.string().refine((s) => s.trim().length > 0, "must not be empty");
export const oneLine = text.refine((s) => !/[\r\n]/.test(s), "must be a single line");

function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item)
    .min(1, `must list at least one ${what}`)
    .refine((list) => new Set(list).size === list.length, `must not repeat a ${what}`);
}

const skillId = z.string().refine((id) => findSkill(id) !== undefined, {
  error: (issue) => `unknown skill "${String(issue.input)}" (see questions/taxonomy.ts)`,
});

// zod skips an object's refinements once any field has failed; these run
// anyway as long as the fields they read are valid, so an author sees every
// problem in one pass instead of fixing them in rounds.
function whenValid(...fields: string[]) {
  return {
    when: (payload: z.core.ParsePayload) =>
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}

export const base = {
  id: slug,
  title: text,
  stage: z.enum(STAGES),
  tracks: uniqueList(z.enum(TRACKS), "track"),
  skills: uniqueList(skillId, "skill"),
  difficulty: z.enum(DIFFICULTIES),
  minutes: z.number().int("must be a whole number of minutes").min(1).max(480),
  prompt: markdown,
  explanation: markdown,
};

// ---- mcq -------------------------------------------------------------------

const mcqOption = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be a short id such as a, b, c"),
  text: markdown,
  correct: z.boolean().default(false),
});

export const mcqSchema = z
  .strictObject({
    ...base,
    kind: z.literal("mcq"),
    options: z.array(mcqOption).min(2, "must offer at least two options"),
    // Absent means "as many as are correct": a question with two correct
    // options is multiple-answer. Set it to true to ask "select all that
    // apply" even when only one option is correct.
    multiple: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id)) ctx.addIssue({ code: "custom", path: ["options", i, "id"], message: `repeats option id "${o.id}"` });
      seen.add(o.id);
    });
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) ctx.addIssue({ code: "custom", path: ["options"], message: "no option is marked correct: true" });
    if (correct > 1 && q.multiple === false)
      ctx.addIssue({ code: "custom", path: ["multiple"], message: `is false but ${correct} options are marked correct` });
  }, whenValid("options", "multiple"))
  .transform((q) => ({ ...q, multiple: q.multiple ?? q.options.filter((o) => o.correct).length > 1 }));

// ---- numeric ---------------------------------------------------------------

// Authors write `tolerance: 0.01` (absolute) or `tolerance: "2%"` (relative to
// the answer); graders get both as numbers.
const tolerance = z
  .union([z.number().min(0), z.string().regex(/^\d+(?:\.\d+)?%$/, 'must be a number or a percentage such as "1%"')])
  .default(0)
  .transform((t) =>
    typeof t === "number" ? { absolute: t, relative: 0 } : { absolute: 0, relative: Number(t.slice(0, -1)) / 100 },
  );

export const numericSchema = z.strictObject({
  ...base,
  kind: z.literal("numeric"),
  answer: z.number().refine(Number.isFinite, "must be a finite number"),
  tolerance,
  unit: text.optional(),
});

// ---- short -----------------------------------------------------------------

export type { Normalization };

// Fields of the per-question normalisation this replaced; a question still
// using them gets told what happened instead of "unknown field".
const RETIRED_NORMALIZE_FIELDS = ["case", "whitespace", "punctuation"];

/**
 * Absent for almost every question: the default normalisation applies. A
 * question turns steps off with `keep` and must say why in `reason`, so a
 * reviewer can judge whether the opt-out marks right answers wrong.
 */
export const normalizationSchema = z
  .looseObject({
    keep: uniqueList(z.enum(NORMALIZATION_STEPS), "step").optional(),
    reason: text.refine((s) => s.split(/\s+/).length >= 3, "must say in a few words why the default does not fit").optional(),
  })
  .superRefine((n, ctx) => {
    if (n.keep === undefined) ctx.addIssue({ code: "custom", path: ["keep"], message: "is missing: list the steps this question turns off" });
    if (n.reason === undefined)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "is missing: say why the default normalisation would mark a right answer wrong or a wrong one right" });
    for (const key of Object.keys(n)) {
      if (key === "keep" || key === "reason") continue;
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: RETIRED_NORMALIZE_FIELDS.includes(key)
          ? "is retired: every short answer now ignores case, punctuation, spacing and a leading article; remove it, or turn a step off with normalize.keep and normalize.reason"
          : `is an unknown field (normalize takes keep and reason)`,
      });
    }
  })
  .transform((n): Normalization & { reason: string } => ({ keep: n.keep ?? [], reason: n.reason ?? "" }))
  .optional()
  .transform((n): Normalization & { reason?: string } => n ?? { keep: [] });

export const shortSchema = z
  .strictObject({
    ...base,
    kind: z.literal("short"),
    accepted: z.array(text).min(1, "must list at least one accepted answer"),
    normalize: normalizationSchema,
    /** Shown under the answer box, e.g. "one word" — never the answer itself. */
    hint: oneLine.optional(),
  })
  .superRefine((q, ctx) => {
    const seen = new Map<string, number>();
    q.accepted.forEach((answer, i) => {
      const normal = normalizeAnswer(answer, q.normalize);
      if (normal === "") ctx.addIssue({ code: "custom", path: ["accepted", i], message: "is empty once normalised" });
      const first = seen.get(normal);
      if (first !== undefined)
        ctx.addIssue({ code: "custom", path: ["accepted", i], message: `is the same as accepted[${first}] once normalised` });
      else seen.set(normal, i);
    });
  }, whenValid("accepted", "normalize"));

// ---- coding ----------------------------------------------------------------

const valueType = z.string().superRefine((s, ctx) => {
  const parsed = parseValueType(s);
  if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
});

/** A Python exception class or a JavaScript error class, e.g. ValueError, RangeError. */
const errorClass = z.string().regex(/^[A-Za-z_][\w]{0,99}$/, "must be an exception class name such as ValueError or RangeError");
const STEP_FIELDS = new Set(["expected", "raises", "throws", "message"]);

/**
 * One call of a stateful test, written `- put: [1, 1]` (method: arguments),
 * with optional `expected`, or `raises`/`throws` and `message`. The first
 * call is `- new: [2]`, the constructor. Method names are camelCase; Python
 * calls the snake_case form (getTopK → get_top_k).
 */
const callStep = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const names = Object.keys(raw).filter((k) => !STEP_FIELDS.has(k));
  if (names.length !== 1) {
    ctx.addIssue({ code: "custom", message: `must name exactly one method, like "- get: [1]" (found ${names.length ? names.join(", ") : "none"})` });
    return z.NEVER;
  }
  const method = names[0];
  if (!/^[A-Za-z_]\w*$/.test(method)) ctx.addIssue({ code: "custom", message: `"${method}" is not a method name` });
  const args = raw[method];
  if (!Array.isArray(args)) ctx.addIssue({ code: "custom", message: `${method}: arguments must be a list, like [1, 2] or []` });
  const step: { method: string; args: unknown[]; expected?: unknown; raises?: string; throws?: string; message?: string } = {
    method,
    args: Array.isArray(args) ? args : [],
  };
  if (Object.hasOwn(raw, "expected")) step.expected = raw.expected;
  for (const key of ["raises", "throws", "message"] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] !== "string" || !raw[key]) ctx.addIssue({ code: "custom", message: `${key} must be a non-empty string` });
    else step[key] = raw[key] as string;
  }
  return step;
});
export type CallStep = z.output<typeof callStep>;

const testCase = z.strictObject({
  /** Function tests: the argument list. Stateful tests leave it out. */
  args: z.array(z.unknown()).default([]),
  /** The return value; absent when the test expects an error (raises/throws) or is stateful. */
  expected: z.unknown().optional(),
  /** Python: the exception class the call must raise (a subclass counts). */
  raises: errorClass.optional(),
  /** JavaScript/TypeScript: the error class the call must throw (a subclass counts). */
  throws: errorClass.optional(),
  /** Part of the error's message that must appear in it. */
  message: oneLine.optional(),
  /** A stateful test: `- new: [args]` first, then method calls on that one object. */
  calls: z.array(callStep).min(1, "needs the constructor (- new: [...]) first").optional(),
  /** Public examples: a line shown to the candidate. Hidden tests: a note for authors. */
  note: oneLine.optional(),
});

const perLanguage = <T extends z.ZodType>(item: T) => z.partialRecord(z.enum(LANGUAGES), item);

export const solutionSet = z.strictObject({
  reference: markdown,
  /** Known-wrong solutions by name (file name without extension), each must fail. */
  wrong: z.record(z.string(), markdown).refine((w) => Object.keys(w).length > 0, "needs at least one known-wrong solution"),
});

export const codingSchema = z
  .strictObject({
    ...base,
    kind: z.literal("coding"),
    languages: uniqueList(z.enum(LANGUAGES), "language"),
    entry: perLanguage(z.string().regex(/^[A-Za-z_$][\w$]*$/, "must be a function name")),
    /** Function questions; a question whose tests are all stateful (a class to write) has none. */
    signature: z
      .strictObject({
        params: z.array(z.strictObject({ name: z.string().regex(/^[A-Za-z_]\w*$/), type: valueType })),
        returns: valueType,
      })
      .optional(),
    starter: perLanguage(markdown),
    solutions: perLanguage(solutionSet),
    examples: z.array(testCase).min(1, "needs at least one public example"),
    hidden: z.array(testCase).min(1, "needs at least one hidden test"),
    compare: z
      .strictObject({
        tolerance: z.number().min(0).optional(),
        unordered: z.boolean().optional(),
      })
      .default({}),
    limits: z
      .strictObject({
        timeMsPerTest: z.number().int().positive().optional(),
        memoryMb: z.number().int().positive().optional(),
        wallMs: z.number().int().positive().optional(),
        /** Per language, how many times the limits above it may take (the limits are for the fastest language). */
        timeFactors: z.partialRecord(z.enum(LANGUAGES), z.number().min(1).max(10)).optional(),
      })
      .default({}),
  })
  // Both refinements read the draft defensively: they run even when a sibling
  // field failed, so "hidden test 3: expected must be int" shows up in the
  // same run as "examples needs at least one public example".
  .superRefine((q, ctx) => checkLanguages(q as unknown, ctx), { when: (p) => isRecord(p.value) })
  .superRefine((q, ctx) => checkTests(q as unknown, ctx), { when: (p) => isRecord(p.value) })
  .superRefine((q, ctx) => checkTestShapes(q as unknown, ctx), { when: (p) => isRecord(p.value) });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function ext(lang: Language) {
  return LANGUAGE_EXT[lang];
}

/** Every offered language has an entry name, a starter and solutions, and the code names the entry. */
function checkLanguages(draft: unknown, ctx: z.RefinementCtx) {
  if (!isRecord(draft) || !Array.isArray(draft.languages)) return;
  const entries = isRecord(draft.entry) ? draft.entry : {};
  const starters = isRecord(draft.starter) ? draft.starter : {};
  const solutions = isRecord(draft.solutions) ? draft.solutions : {};
  for (const lang of draft.languages) {
    if (!(LANGUAGES as readonly unknown[]).includes(lang)) continue; // reported by the enum
    const l = lang as Language;
    const entry = entries[l];
    const starter = starters[l];
    const set = solutions[l];
    if (entry === undefined) ctx.addIssue({ code: "custom", path: ["entry", l], message: `is required because ${l} is offered` });
    if (starter === undefined) ctx.addIssue({ code: "custom", path: ["starter", l], message: `is missing (starter.${ext(l)})` });
    if (set === undefined)
      ctx.addIssue({ code: "custom", path: ["solutions", l], message: `are missing (solutions/reference.${ext(l)} and solutions/wrong-*.${ext(l)})` });
    // A starter or reference that never defines the entry function would only
    // fail later, in the sandbox, with a less helpful message.
    if (typeof entry !== "string" || !/^[A-Za-z_$][\w$]*$/.test(entry)) continue;
    const names = new RegExp(`(^|[^\\w$])${entry.replace(/\$/g, "\\$")}(?![\\w$])`);
    if (typeof starter === "string" && !names.test(starter))
      ctx.addIssue({ code: "custom", path: ["starter", l], message: `does not mention the entry function ${entry}` });
    if (isRecord(set) && typeof set.reference === "string" && !names.test(set.reference))
      ctx.addIssue({ code: "custom", path: ["solutions", l, "reference"], message: `does not mention the entry function ${entry}` });
  }
}

/**
 * A function test has `expected` or an error to expect in every offered
 * language (`raises` for Python, `throws` for JavaScript/TypeScript); a
 * stateful test starts with `new` and calls methods after it. A question is
 * either all function tests (with a signature) or all stateful tests.
 */
function checkTestShapes(draft: unknown, ctx: z.RefinementCtx) {
  if (!isRecord(draft)) return;
  const languages = Array.isArray(draft.languages) ? (draft.languages as unknown[]) : [];
  const needsRaises = languages.includes("python");
  const needsThrows = languages.includes("js") || languages.includes("ts");
  const expectation = (t: Record<string, unknown>, path: (string | number)[], what: string) => {
    const hasError = t.raises !== undefined || t.throws !== undefined;
    if (hasError && t.expected !== undefined) ctx.addIssue({ code: "custom", path, message: `${what} has both expected and raises/throws; keep one` });
    if (!hasError && t.expected === undefined && what === "test") ctx.addIssue({ code: "custom", path: [...path, "expected"], message: "is required" });
    if (hasError && needsRaises && t.raises === undefined) ctx.addIssue({ code: "custom", path, message: `${what} expects an error: add raises: <Python exception class> (python is offered)` });
    if (hasError && needsThrows && t.throws === undefined) ctx.addIssue({ code: "custom", path, message: `${what} expects an error: add throws: <JavaScript error class> (js/ts are offered)` });
    if (!hasError && t.message !== undefined) ctx.addIssue({ code: "custom", path, message: `${what} has a message but no raises/throws` });
  };
  let stateful = 0;
  let plain = 0;
  for (const field of ["examples", "hidden"] as const) {
    const tests = draft[field];
    if (!Array.isArray(tests)) continue;
    tests.forEach((test, i) => {
      if (!isRecord(test)) return;
      if (Array.isArray(test.calls)) {
        stateful++;
        if (Array.isArray(test.args) && test.args.length > 0) ctx.addIssue({ code: "custom", path: [field, i, "args"], message: "a stateful test passes arguments with - new: [...], not args" });
        if (test.expected !== undefined || test.raises !== undefined || test.throws !== undefined)
          ctx.addIssue({ code: "custom", path: [field, i], message: "a stateful test puts expected/raises/throws on its calls" });
        test.calls.forEach((step, j) => {
          if (!isRecord(step)) return;
          const isNew = step.method === "new";
          if (j === 0 && !isNew) ctx.addIssue({ code: "custom", path: [field, i, "calls", 0], message: "must be the constructor: - new: [arguments]" });
          if (j > 0 && isNew) ctx.addIssue({ code: "custom", path: [field, i, "calls", j], message: "new may only be the first call" });
          expectation(step, [field, i, "calls", j], "call");
        });
      } else {
        plain++;
        expectation(test, [field, i], "test");
      }
    });
  }
  if (stateful > 0 && plain > 0) ctx.addIssue({ code: "custom", path: ["hidden"], message: "mixes stateful tests (calls) and function tests (args); a question is one or the other" });
  if (plain > 0 && draft.signature === undefined) ctx.addIssue({ code: "custom", path: ["signature"], message: "is required for function tests" });
}

/** Arguments and expected values of examples and hidden tests fit the signature. */
function checkTests(draft: unknown, ctx: z.RefinementCtx) {
  if (!isRecord(draft) || !isRecord(draft.signature)) return;
  const { params: rawParams, returns: rawReturns } = draft.signature;
  if (!Array.isArray(rawParams) || typeof rawReturns !== "string") return;
  const params = rawParams.map((p) =>
    isRecord(p) && typeof p.type === "string" ? { name: String(p.name), type: parseValueType(p.type) } : undefined,
  );
  const returns = parseValueType(rawReturns);
  for (const field of ["examples", "hidden"] as const) {
    const tests = draft[field];
    if (!Array.isArray(tests)) continue;
    tests.forEach((test, i) => {
      if (!isRecord(test) || Array.isArray(test.calls)) return;
      if (Array.isArray(test.args)) {
        if (test.args.length !== params.length) {
          ctx.addIssue({ code: "custom", path: [field, i, "args"], message: `has ${test.args.length} arguments but the signature takes ${params.length}` });
        } else {
          params.forEach((p, j) => {
            if (!p || "error" in p.type) return; // reported on the signature already
            const problem = checkValue(p.type, (test.args as unknown[])[j], p.name);
            if (problem) ctx.addIssue({ code: "custom", path: [field, i, "args"], message: `argument ${j + 1}: ${problem}` });
          });
        }
      }
      if (!("error" in returns) && test.expected !== undefined) {
        const problem = checkValue(returns, test.expected);
        if (problem) ctx.addIssue({ code: "custom", path: [field, i, "expected"], message: problem });
      }
    });
  }
}

// ---- design and behavioral -------------------------------------------------

const rubricCriterion = z.strictObject({
  id: slug,
  title: text,
  points: z.number().int("must be a whole number").positive(),
  // One line per track: what an answer at that level shows. Reviewers grade
  // against these; they never reach the candidate.
  anchors: z.strictObject({ junior: oneLine, mid: oneLine, senior: oneLine, staff: oneLine }),
});

const rubric = z
  .array(rubricCriterion)
  .min(1, "needs at least one criterion")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `repeats criterion id "${c.id}"` });
      seen.add(c.id);
    });
  });

// A design question's starting diagram (diagram.excalidraw beside question.yaml): the
// same check as every scene a candidate saves, so the app never refuses its own start.
const startingDiagram = z.unknown().transform((raw, ctx) => {
  const checked = checkScene(raw);
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.error });
    return z.NEVER;
  }
  return checked.scene;
});

export const designSchema = z.strictObject({
  ...base,
  kind: z.literal("design"),
  rubric,
  modelAnswer: markdown,
  diagram: startingDiagram.optional(),
});

export const behavioralSchema = z.strictObject({
  ...base,
  kind: z.literal("behavioral"),
  rubric,
  modelAnswer: markdown,
});

export const sqlSchema = makeSqlSchema({ base, markdown, oneLine, solutionSet });

export const questionSchema = z.discriminatedUnion("kind", [
  mcqSchema,
  numericSchema,
  shortSchema,
  codingSchema,
  sqlSchema,
  designSchema,
  behavioralSchema,
]);

export type QuestionData = z.output<typeof questionSchema>;
/** A loaded question; `source` is the file or folder it came from, relative to the repo. */
export type Question = QuestionData & { source: string };
export type McqQuestion = Extract<Question, { kind: "mcq" }>;
export type NumericQuestion = Extract<Question, { kind: "numeric" }>;
export type ShortQuestion = Extract<Question, { kind: "short" }>;
export type CodingQuestion = Extract<Question, { kind: "coding" }>;
export type SqlQuestion = Extract<Question, { kind: "sql" }>;
export type DesignQuestion = Extract<Question, { kind: "design" }>;
export type BehavioralQuestion = Extract<Question, { kind: "behavioral" }>;
export type RubricQuestion = DesignQuestion | BehavioralQuestion;
export type TestCase = CodingQuestion["hidden"][number];
