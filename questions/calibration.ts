// Calibration answers: questions/calibration/<question-id>/{strong,middling,weak}.yaml,
// each a written answer with the grade an experienced reviewer gives it per
// criterion. New reviewers grade them before the real queue and compare. Checked
// against the question's rubric, so a rubric change that leaves a grade behind
// (a criterion added, renamed or re-pointed) is a problem, not a silent gap.
import { readdir, readFile } from "node:fs/promises";
import { z } from "zod";
import { CALIBRATION_LEVELS } from "./taxonomy.ts";
import { parseYamlFile } from "./yaml-file.ts";

export { CALIBRATION_LEVELS };

export const CALIBRATION_FOLDER = "calibration";
export type CalibrationLevel = (typeof CALIBRATION_LEVELS)[number];

export type CalibrationAnswer = {
  questionId: string;
  level: CalibrationLevel;
  answer: string;
  grades: Record<string, number>;
  rationale: string;
  source: string;
};

type RubricLookup = (questionId: string) => { kind: string; rubric?: readonly { id: string; points: number }[] } | undefined;

const fileSchema = z.strictObject({
  answer: z.string().trim().min(1, "must not be empty"),
  grades: z.record(z.string(), z.number({ error: "must be a number" })),
  rationale: z.string().trim().min(1, "must not be empty"),
});

export async function loadCalibration(root: string, lookup: RubricLookup): Promise<{ answers: CalibrationAnswer[]; problems: string[] }> {
  const dir = `${root.replace(/\/+$/, "")}/${CALIBRATION_FOLDER}`;
  const answers: CalibrationAnswer[] = [];
  const problems: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return { answers, problems }; // a bank without calibration answers is allowed
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = `${dir}/${entry.name}`;
    if (!entry.isDirectory()) {
      if (entry.name !== "README.md" && !entry.name.startsWith(".")) problems.push(`${folder}: not a question folder (calibration/<question-id>/)`);
      continue;
    }
    const question = lookup(entry.name);
    if (!question) {
      problems.push(`${folder}: no question with id "${entry.name}" in the bank`);
      continue;
    }
    if (!question.rubric) {
      problems.push(`${folder}: question "${entry.name}" is ${question.kind}, which has no rubric to calibrate against`);
      continue;
    }
    const files = await readdir(folder);
    for (const name of files) {
      if (!CALIBRATION_LEVELS.some((l) => name === `${l}.yaml`) && !name.startsWith(".")) {
        problems.push(`${folder}/${name}: unexpected file (calibration answers are ${CALIBRATION_LEVELS.map((l) => `${l}.yaml`).join(", ")})`);
      }
    }
    for (const level of CALIBRATION_LEVELS) {
      const file = `${folder}/${level}.yaml`;
      if (!files.includes(`${level}.yaml`)) {
        problems.push(`${folder}: has no ${level}.yaml (each question needs a strong, a middling and a weak answer)`);
        continue;
      }
      const yaml = parseYamlFile(await readFile(file, "utf8"));
      if (yaml.errors.length) {
        problems.push(...yaml.errors.map((e) => `${file}: ${e}`));
        continue;
      }
      const parsed = fileSchema.safeParse(yaml.value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const at = issue.path.join(".");
          const message = issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}` : /received undefined$/.test(issue.message) ? "is missing" : issue.message;
          problems.push(`${file}: ${at ? `${at} ` : ""}${message}`);
        }
        continue;
      }
      const before = problems.length;
      const { grades } = parsed.data;
      for (const id of Object.keys(grades)) {
        if (!question.rubric.some((c) => c.id === id)) problems.push(`${file}: grades.${id} is not a criterion of ${entry.name}'s rubric`);
      }
      for (const c of question.rubric) {
        const value = grades[c.id];
        if (value === undefined) problems.push(`${file}: grades.${c.id} is missing (the rubric has criterion "${c.id}")`);
        else if (value < 0 || value > c.points || Math.round(value * 2) !== value * 2) {
          problems.push(`${file}: grades.${c.id} is ${value}; it must be from 0 to ${c.points} in half-point steps`);
        }
      }
      if (problems.length === before) answers.push({ questionId: entry.name, level, ...parsed.data, source: file });
    }
  }
  return { answers, problems };
}
