// Reads the whole bank and reports every problem in every file in one pass,
// because a content author fixing one problem per run would give up.
// Layout (questions/README.md):
//   <dir>/<stage>/[groups/]<id>/question.yaml + prompt.md + ...   one question
//   <dir>/<stage>/[groups/]<name>.yaml  with `questions: [...]`     many small ones
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { OPERATOR_MAXIMA } from "../sandbox/protocol.ts";
import { CALIBRATION_FOLDER, loadCalibration, type CalibrationAnswer } from "./calibration.ts";
import { normalizeAnswer } from "./normalize-answer.ts";
import { describePath } from "./problem-path.ts";
import { questionSchema, type Question } from "./schema.ts";
import { KINDS, LANGUAGE_EXT, LANGUAGES, STAGE_KINDS, STAGES, type Language, type Stage } from "./taxonomy.ts";
import { parseYamlFile, type YamlFile } from "./yaml-file.ts";
import { runTrustedQuery } from "../sandbox/sql-host.ts";
import { toSqlDataset, type SqlResultTable } from "./sql-schema.ts";

export interface Bank {
  /** Questions with no problem at all, in stage order then by source path. */
  questions: Question[];
  /** One line per problem: "<file or folder>: <where> <what is wrong>". Empty means the bank is sound. */
  problems: string[];
  /** Calibration answers that match their question's rubric (questions/calibration/). */
  calibration: CalibrationAnswer[];
  /**
   * Problems with calibration answers. Kept apart from `problems` so a stale
   * calibration grade never stops the questions themselves from syncing;
   * questions:check fails on either.
   */
  calibrationProblems: string[];
}

const QUESTION_FILE = "question.yaml";
// A design question's starting whiteboard, in Excalidraw's own file format (JSON).
const DIAGRAM_FILE = "diagram.excalidraw";
// Markdown fields a folder question keeps in files of their own.
const MARKDOWN_FILES = { prompt: "prompt.md", explanation: "explanation.md", modelAnswer: "model-answer.md" } as const;
const FOLDER_FILES = new Set<string>([
  QUESTION_FILE,
  ...Object.values(MARKDOWN_FILES),
  ...LANGUAGES.map((l) => `starter.${LANGUAGE_EXT[l]}`),
  "starter.sql",
  "solutions",
  DIAGRAM_FILE,
]);

interface Candidate {
  question: Question;
  /** Name used in problems: folder, or "file.yaml#id". */
  label: string;
}

export async function loadBank(dir = "questions"): Promise<Bank> {
  const problems: string[] = [];
  const candidates: Candidate[] = [];
  const root = dir.replace(/\/+$/, "");

  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (err) {
    return { questions: [], problems: [`${root}: cannot read the bank folder (${(err as Error).message})`], calibration: [], calibrationProblems: [] };
  }
  await Promise.all(
    entries
      .filter((e) => e.isDirectory() && e.name !== CALIBRATION_FOLDER)
      .map(async (e) => {
        const stageDir = `${root}/${e.name}`;
        if (!(STAGES as readonly string[]).includes(e.name)) {
          problems.push(`${stageDir}: not a stage folder (stages: ${STAGES.join(", ")})`);
          return;
        }
        await loadGroup(stageDir, e.name as Stage, { problems, candidates });
      }),
  );

  const checked = crossCheck(candidates, problems);
  const clean = await withSqlResults(checked, problems);
  const stageOrder = (s: Stage) => STAGES.indexOf(s);
  clean.sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage) || a.source.localeCompare(b.source));
  problems.sort();
  const byId = new Map(clean.map((q) => [q.id, q]));
  const calibration = await loadCalibration(root, (id) => {
    const q = byId.get(id);
    return q && { kind: q.kind, rubric: "rubric" in q ? q.rubric : undefined };
  });
  return { questions: clean, problems, calibration: calibration.answers, calibrationProblems: calibration.problems };
}

interface Sink {
  problems: string[];
  candidates: Candidate[];
}

async function loadGroup(dir: string, stage: Stage, sink: Sink): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  if (names.has(QUESTION_FILE)) return loadFolderQuestion(dir, stage, entries.map((e) => e.name), sink);

  const strays = entries.filter((e) => e.isFile() && FOLDER_FILES.has(e.name));
  if (strays.length > 0) {
    sink.problems.push(`${dir}: has ${strays.map((e) => e.name).join(", ")} but no ${QUESTION_FILE}`);
  }
  let found = false;
  await Promise.all(
    entries.map(async (e) => {
      const full = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        found = true;
        return loadGroup(full, stage, sink);
      }
      if (/\.ya?ml$/.test(e.name)) {
        found = true;
        return loadCollection(full, stage, sink);
      }
      if (e.name !== "README.md" && !FOLDER_FILES.has(e.name) && !e.name.startsWith(".")) {
        sink.problems.push(`${full}: not part of any question (expected a question folder or a .yaml collection)`);
      }
    }),
  );
  if (!found) sink.problems.push(`${dir}: holds no questions`);
}

// ---- a folder holding one question -------------------------------------------------

async function loadFolderQuestion(dir: string, stage: Stage, names: string[], sink: Sink): Promise<void> {
  const problems: string[] = [];
  const report = (msg: string) => problems.push(`${dir}: ${msg}`);
  for (const name of names) {
    if (!FOLDER_FILES.has(name) && !name.startsWith(".")) report(`unexpected file ${name} (see questions/README.md for the folder layout)`);
  }

  const yaml = parseYamlFile(await readFile(`${dir}/${QUESTION_FILE}`, "utf8"));
  for (const e of yaml.errors) report(`${QUESTION_FILE} ${e}`);
  if (yaml.errors.length > 0) return void sink.problems.push(...problems);
  if (!isRecord(yaml.value)) {
    report(`${QUESTION_FILE} must be a YAML mapping of fields`);
    return void sink.problems.push(...problems);
  }
  const raw: Record<string, unknown> = { ...yaml.value };

  const folderName = path.basename(dir);
  if (raw.id === undefined) raw.id = folderName;
  else if (raw.id !== folderName) report(`id "${String(raw.id)}" must match the folder name "${folderName}" (or be left out)`);
  applyStage(raw, stage, report);

  for (const [field, file] of Object.entries(MARKDOWN_FILES)) {
    const content = await readOptional(`${dir}/${file}`);
    if (content === undefined) continue;
    if (raw[field] !== undefined) report(`${field} is set in both ${QUESTION_FILE} and ${file}; keep one`);
    raw[field] = content;
  }

  const diagram = await readOptional(`${dir}/${DIAGRAM_FILE}`);
  if (diagram !== undefined) {
    if (raw.kind !== "design") report(`${DIAGRAM_FILE} is for design questions only`);
    else if (raw.diagram !== undefined) report(`diagram is set in both ${QUESTION_FILE} and ${DIAGRAM_FILE}; keep one`);
    else {
      try {
        raw.diagram = JSON.parse(diagram);
      } catch (err) {
        report(`${DIAGRAM_FILE} is not valid JSON (${(err as Error).message})`);
      }
    }
  }

  if (raw.kind === "coding") await attachCode(dir, raw, names, report);
  if (raw.kind === "sql") await attachSql(dir, raw, names, report);

  const label = dir;
  validate(raw, label, { folder: true, lineOf: (p) => yaml.lineOf(p), lineFile: QUESTION_FILE }, problems, (question) =>
    sink.candidates.push({ question: { ...question, source: dir }, label }),
  );
  sink.problems.push(...problems);
}

/** Fills `starter` and `solutions` from the folder's files, for the languages the question offers. */
async function attachCode(dir: string, raw: Record<string, unknown>, names: string[], report: (m: string) => void) {
  const offered = Array.isArray(raw.languages)
    ? raw.languages.filter((l): l is Language => (LANGUAGES as readonly unknown[]).includes(l))
    : [];
  const solutionFiles = names.includes("solutions") ? await readdir(`${dir}/solutions`) : [];
  for (const file of solutionFiles) {
    if (!/^(reference|wrong-[a-z0-9-]+)\.(py|js|ts)$/.test(file))
      report(`unexpected file solutions/${file} (solutions are reference.<ext> and wrong-<name>.<ext>)`);
  }

  const starter: Record<string, string> = isRecord(raw.starter) ? { ...(raw.starter as Record<string, string>) } : {};
  const solutions: Record<string, unknown> = isRecord(raw.solutions) ? { ...raw.solutions } : {};
  for (const lang of offered) {
    const ext = LANGUAGE_EXT[lang];
    const starterText = await readOptional(`${dir}/starter.${ext}`);
    if (starterText !== undefined) {
      if (starter[lang] !== undefined) report(`starter.${lang} is set in both ${QUESTION_FILE} and starter.${ext}; keep one`);
      starter[lang] = starterText;
    }
    const reference = await readOptional(`${dir}/solutions/reference.${ext}`);
    const wrongNames = solutionFiles.filter((f) => f.startsWith("wrong-") && f.endsWith(`.${ext}`));
    if (reference === undefined && wrongNames.length === 0) continue;
    if (solutions[lang] !== undefined) report(`solutions.${lang} is set in both ${QUESTION_FILE} and solutions/; keep one`);
    const wrong: Record<string, string> = {};
    for (const f of wrongNames) wrong[f.slice(0, -ext.length - 1)] = await readFile(`${dir}/solutions/${f}`, "utf8");
    solutions[lang] = { reference, wrong };
  }
  raw.starter = starter;
  raw.solutions = solutions;
}

/** Fills `starter` and `solutions` of an SQL question from starter.sql and solutions/*.sql. */
async function attachSql(dir: string, raw: Record<string, unknown>, names: string[], report: (m: string) => void) {
  const solutionFiles = names.includes("solutions") ? await readdir(`${dir}/solutions`) : [];
  for (const file of solutionFiles) {
    if (!/^(reference|wrong-[a-z0-9-]+)\.sql$/.test(file)) report(`unexpected file solutions/${file} (SQL solutions are reference.sql and wrong-<name>.sql)`);
  }
  const starter = await readOptional(`${dir}/starter.sql`);
  if (starter !== undefined) {
    if (raw.starter !== undefined) report(`starter is set in both ${QUESTION_FILE} and starter.sql; keep one`);
    raw.starter = starter;
  }
  if (raw.expected !== undefined) report("expected is computed from solutions/reference.sql; do not write it");
  const reference = await readOptional(`${dir}/solutions/reference.sql`);
  const wrong: Record<string, string> = {};
  for (const f of solutionFiles.filter((f) => f.startsWith("wrong-") && f.endsWith(".sql"))) wrong[f.slice(0, -4)] = await readFile(`${dir}/solutions/${f}`, "utf8");
  if (reference === undefined && Object.keys(wrong).length === 0) return;
  if (raw.solutions !== undefined) report(`solutions are set in both ${QUESTION_FILE} and solutions/; keep one`);
  raw.solutions = { reference, wrong };
}

/**
 * SQL questions get their expected results here, in the host: the reference
 * query runs on every dataset (sql.js, the same build and harness as the
 * sandbox). A reference that fails makes the question a problem.
 */
async function withSqlResults(questions: Question[], problems: string[]): Promise<Question[]> {
  const out: Question[] = [];
  for (const q of questions) {
    if (q.kind !== "sql") {
      out.push(q);
      continue;
    }
    const results = { examples: [] as SqlResultTable[], hidden: [] as SqlResultTable[] };
    let ok = true;
    for (const field of ["examples", "hidden"] as const) {
      for (const [i, d] of q[field].entries()) {
        const r = await runTrustedQuery(toSqlDataset(q.tables, d), q.solutions.reference);
        if (r.ok) results[field].push(r.result);
        else {
          ok = false;
          problems.push(`${q.source}: solutions/reference.sql fails on ${field}[${i}]: ${r.error}`);
        }
      }
    }
    if (ok) out.push({ ...q, expected: results });
  }
  return out;
}

// ---- a YAML file holding many small questions ---------------------------------------

async function loadCollection(file: string, stage: Stage, sink: Sink): Promise<void> {
  const yaml = parseYamlFile(await readFile(file, "utf8"));
  if (yaml.errors.length > 0) {
    for (const e of yaml.errors) sink.problems.push(`${file}: ${e}`);
    return;
  }
  const doc = yaml.value;
  if (!isRecord(doc) || !Array.isArray(doc.questions)) {
    sink.problems.push(`${file}: must be a mapping with a "questions:" list`);
    return;
  }
  for (const key of Object.keys(doc)) {
    if (key !== "questions") sink.problems.push(`${file}: unknown top-level field "${key}" (only "questions:" is read)`);
  }
  doc.questions.forEach((item: unknown, index: number) => {
    const problems: string[] = [];
    const label = isRecord(item) && typeof item.id === "string" && item.id ? `${file}#${item.id}` : `${file} question ${index + 1}`;
    if (!isRecord(item)) {
      sink.problems.push(`${label}: must be a mapping of fields`);
      return;
    }
    const raw: Record<string, unknown> = { ...item };
    applyStage(raw, stage, (m) => problems.push(`${label}: ${m}`));
    const lineOf = (p: readonly PropertyKey[]) => yaml.lineOf(["questions", index, ...p]);
    validate(raw, label, { folder: false, lineOf }, problems, (question) =>
      sink.candidates.push({ question: { ...question, source: `${file}#${question.id}` }, label }),
    );
    sink.problems.push(...problems);
  });
}

// ---- shared steps ------------------------------------------------------------------

/** The stage is the folder's; a `stage:` field may repeat it but not contradict it. */
function applyStage(raw: Record<string, unknown>, stage: Stage, report: (m: string) => void) {
  if (raw.stage !== undefined && raw.stage !== stage) report(`stage "${String(raw.stage)}" contradicts its folder (${stage})`);
  raw.stage = stage;
}

interface Where {
  folder: boolean;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** File the line numbers refer to, when the label is a folder. */
  lineFile?: string;
}

function validate(
  raw: Record<string, unknown>,
  label: string,
  where: Where,
  problems: string[],
  accept: (q: z.output<typeof questionSchema>) => void,
) {
  if (!(KINDS as readonly unknown[]).includes(raw.kind)) {
    problems.push(`${label}: kind ${raw.kind === undefined ? "is missing" : `"${String(raw.kind)}" is unknown`} (kinds: ${KINDS.join(", ")})`);
    return;
  }
  const result = questionSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(formatIssue(label, issue, where));
    return;
  }
  if (problems.length === 0) accept(result.data);
}

function formatIssue(label: string, issue: z.core.$ZodIssue, where: Where): string {
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
  let message = issue.message;
  if (/received undefined$/.test(message)) message = "is missing";
  else if (issue.code === "unrecognized_keys") message = `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`;
  else if (issue.code === "invalid_value" && "values" in issue) message = `must be one of ${issue.values.map(String).join(", ")}`;
  else if (issue.code === "invalid_type") message = `must be ${issue.expected}`;

  const at = describePath(issue.path, { folder: where.folder });
  const fileField = where.folder && /^(prompt|explanation|model-answer)\.md/.test(at);
  const line = fileField ? undefined : where.lineOf(keys.length ? [...issue.path, keys[0]] : issue.path);
  const lineNote = line ? ` (${where.lineFile ? `${where.lineFile} ` : ""}line ${line})` : "";
  return `${label}: ${at ? `${at} ` : ""}${message}${lineNote}`;
}

/** Problems that need the whole bank, or stage rules the per-kind schema can't see. */
function crossCheck(candidates: Candidate[], problems: string[]): Question[] {
  const bad = new Set<Candidate>();
  const byId = new Map<string, Candidate[]>();
  for (const c of candidates) byId.set(c.question.id, [...(byId.get(c.question.id) ?? []), c]);
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const c of list) {
      bad.add(c);
      const others = list.filter((o) => o !== c).map((o) => o.label);
      problems.push(`${c.label}: id "${id}" is also used by ${others.join(", ")}`);
    }
  }
  for (const c of candidates) {
    const q = c.question;
    const allowed = STAGE_KINDS[q.stage];
    if (!allowed.includes(q.kind)) {
      bad.add(c);
      problems.push(`${c.label}: kind ${q.kind} does not belong in stage ${q.stage} (it takes ${allowed.join(", ")})`);
    }
    if (q.kind === "short") {
      // The id travels to the candidate's page with the question, so it must not spell the answer.
      for (const [field, text] of [["id", q.id], ["title", q.title]] as const) {
        const leaked = q.accepted.find((a) => spellsAnswer(text, a));
        if (leaked) {
          bad.add(c);
          problems.push(`${c.label}: ${field} "${text}" gives away the accepted answer "${leaked}"; choose ${field === "id" ? "an id" : "a title"} that names the topic, not the answer`);
        }
      }
    }
    if (q.kind === "coding") {
      // The sandbox would quietly cap these at the operator maxima; say so at authoring time.
      for (const field of ["examples", "hidden"] as const) {
        if (q[field].length > OPERATOR_MAXIMA.tests) {
          bad.add(c);
          problems.push(`${c.label}: ${field} has ${q[field].length} tests; the sandbox runs at most ${OPERATOR_MAXIMA.tests}`);
        }
      }
      for (const key of ["timeMsPerTest", "memoryMb", "wallMs"] as const) {
        const value = q.limits[key];
        if (value !== undefined && value > OPERATOR_MAXIMA[key]) {
          bad.add(c);
          problems.push(`${c.label}: limits.${key} ${value} exceeds the sandbox maximum ${OPERATOR_MAXIMA[key]}`);
        }
      }
    }
  }
  return candidates.filter((c) => !bad.has(c)).map((c) => c.question);
}

/**
 * Whether some run of consecutive words in `text` grades as `answer`: the id
 * "mlops-paged-attention" spells "PagedAttention" once grading joins words.
 */
function spellsAnswer(text: string, answer: string): boolean {
  const target = normalizeAnswer(answer);
  const words = normalizeAnswer(text, { keep: ["spacing"] }).split(" ").filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    let joined = "";
    for (let end = start; end < words.length && joined.length < target.length; end++) {
      joined += words[end];
      if (joined === target) return true;
    }
  }
  return false;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
