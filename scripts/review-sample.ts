// Prints the bank-review sample for a seed (questions/REVIEW.md): every
// sampled auto-graded question with its key, and the sampled rubrics, so a
// reviewer who is not the author can judge them.
//   node --import tsx scripts/review-sample.ts --seed <name> [--auto 45] [--rubrics 5] [--dir questions]
//     [--added-in <git range>]...   only questions whose file or folder was added in that range (repeatable),
//                                   e.g. the commits a merge brought in: --added-in <merge>^1...<merge>^2
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { loadBank } from "../questions/loader.ts";
import { drawReviewSample, fromSources } from "../questions/review-sample.ts";
import type { Question } from "../questions/schema.ts";

function describe(q: Question): string {
  const head = `## ${q.id} (${q.kind}, ${q.source})\n\n${q.prompt.trim()}\n`;
  switch (q.kind) {
    case "mcq":
      return `${head}\n${q.options.map((o, i) => `  (${String.fromCharCode(97 + i)}) [${o.correct ? "x" : " "}] ${o.text.trim()}`).join("\n")}\n`;
    case "numeric": {
      const t = q.tolerance.relative ? `${q.tolerance.relative * 100}%` : String(q.tolerance.absolute);
      return `${head}\nanswer: ${q.answer} ± ${t}${q.unit ? ` ${q.unit}` : ""}\n`;
    }
    case "short":
      return `${head}\naccepted: ${q.accepted.join(" | ")}${q.normalize.keep.length ? `\nkeeps: ${q.normalize.keep.join(", ")}` : ""}\n`;
    case "design":
    case "behavioral":
      return `${head}\n${q.rubric
        .map((c) => `- ${c.id} (${c.points}): ${c.title}\n${Object.entries(c.anchors).map(([t, a]) => `    ${t}: ${a}`).join("\n")}`)
        .join("\n")}\n`;
    default:
      return head;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: "string" },
      auto: { type: "string", default: "45" },
      rubrics: { type: "string", default: "5" },
      dir: { type: "string", default: "questions" },
      "added-in": { type: "string", multiple: true, default: [] },
    },
  });
  if (!values.seed) throw new Error("--seed is required: name the sample so it can be drawn again");
  const bank = await loadBank(values.dir);
  const ranges = values["added-in"] ?? [];
  const added = ranges.flatMap((range) =>
    execFileSync("git", ["diff", "--name-only", "--diff-filter=A", range, "--", values.dir!], { encoding: "utf8" }).split("\n").filter(Boolean),
  );
  const pool = ranges.length ? fromSources(bank.questions, added) : bank.questions;
  if (ranges.length) console.log(`# Drawn from the ${pool.length} questions added in ${ranges.join(", ")}`);
  const sample = drawReviewSample(pool, values.seed, { auto: Number(values.auto), rubrics: Number(values.rubrics) });
  console.log(`# Review sample "${values.seed}": ${sample.auto.length} auto-graded, ${sample.rubrics.length} rubrics\n`);
  for (const q of [...sample.auto, ...sample.rubrics]) console.log(describe(q));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
