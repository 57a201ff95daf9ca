// npm run questions:check — validates the whole bank, proves every coding
// question's tests with its reference and known-wrong solutions in the real
// sandbox, and prints counts. Exits 1 on any problem. The last line is a
// fixed-format summary that CI and the lead's scripts read.
import os from "node:os";
import { standardsProblems } from "../questions/bank-standards.ts";
import { skillShareTable, stageKindTrackTable, summaryLine } from "../questions/bank-stats.ts";
import { loadBank } from "../questions/loader.ts";
import type { CodingQuestion, SqlQuestion } from "../questions/schema.ts";
import { verifySolutions } from "../questions/verify-solutions.ts";
import { createSandboxPool } from "../sandbox/index.ts";

async function main(): Promise<number> {
  const started = performance.now();
  // A folder argument checks another bank (used to try the check on a broken copy).
  const bank = await loadBank(process.argv[2] ?? "questions");
  const loadMs = performance.now() - started;
  let failed = bank.problems.length > 0 || bank.calibrationProblems.length > 0;

  console.log(`Loaded ${bank.questions.length} questions in ${loadMs.toFixed(0)} ms.`);
  if (bank.problems.length > 0) {
    console.log(`\n${bank.problems.length} problem${bank.problems.length === 1 ? "" : "s"}:`);
    for (const p of bank.problems) console.log(`  ✗ ${p}`);
  }
  const calibrated = new Set(bank.calibration.map((c) => c.questionId)).size;
  console.log(`Calibration answers: ${bank.calibration.length} valid, for ${calibrated} question${calibrated === 1 ? "" : "s"}.`);
  if (bank.calibrationProblems.length > 0) {
    console.log(`\n${bank.calibrationProblems.length} calibration problem${bank.calibrationProblems.length === 1 ? "" : "s"}:`);
    for (const p of bank.calibrationProblems) console.log(`  ✗ ${p}`);
  }

  // Content that loads but would mark a right answer wrong or leave reviewers without levels to grade against.
  const standards = standardsProblems(bank.questions);
  if (standards.length > 0) {
    failed = true;
    console.log(`\n${standards.length} problem${standards.length === 1 ? "" : "s"} against the bank's standards (questions/REVIEW.md):`);
    for (const p of standards) console.log(`  ✗ ${p}`);
  }

  const coding = bank.questions.filter((q): q is CodingQuestion | SqlQuestion => q.kind === "coding" || q.kind === "sql");
  if (coding.length > 0) {
    // Reference runs are independent: one worker per core (at least two) keeps the check well under five minutes.
    const workers = Math.max(2, Math.min(4, os.availableParallelism()));
    const pool = createSandboxPool({ workers });
    try {
      console.log(`\nRunning solutions of ${coding.length} coding and SQL question${coding.length === 1 ? "" : "s"} in the sandbox (${workers} workers):`);
      const checks = await verifySolutions(coding, pool, { concurrency: workers * 2 });
      for (const c of checks) {
        console.log(`  ${c.ok ? "✓" : "✗"} ${c.question} [${c.language}] ${c.solution}: ${c.detail}`);
        if (!c.ok) failed = true;
      }
    } finally {
      await pool.close();
    }
  }

  console.log(`\n${stageKindTrackTable(bank.questions)}\n`);
  console.log(`${skillShareTable(bank.questions)}\n`);
  console.log(`Checked in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(failed ? "questions:check FAILED" : "questions:check passed");
  console.log(summaryLine(bank.questions));
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
