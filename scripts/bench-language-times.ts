// npm run bench:languages — how much slower each language runs the bank's own
// reference solutions than the fastest one, to set the per-language time
// factors in sandbox/protocol.ts (LANGUAGE_TIME_FACTORS). For every coding
// question offered in several languages it runs each reference on the hidden
// tests, several times, and compares the sum of per-test CPU times (isolate
// CPU time, so a loaded machine skews it less than wall time).
// Prints per question the ratio to JavaScript, then the median and the 90th
// percentile per language.
import { loadBank } from "../questions/loader.ts";
import { buildRunRequest } from "../questions/run-request.ts";
import type { CodingQuestion } from "../questions/schema.ts";
import type { Language } from "../questions/taxonomy.ts";
import { createSandboxPool } from "../sandbox/index.ts";

const REPEATS = Number(process.env.REPEATS ?? 3);

async function main(): Promise<void> {
  const bank = await loadBank("questions");
  const coding = bank.questions.filter((q): q is CodingQuestion => q.kind === "coding" && q.languages.includes("js"));
  const pool = createSandboxPool({ workers: 1 });
  const ratios = new Map<Language, number[]>();
  try {
    for (const q of coding) {
      const cpu = new Map<Language, number>();
      for (const language of q.languages) {
        const source = q.solutions[language]?.reference;
        if (!source) continue;
        const req = buildRunRequest(q, language, source, "submit");
        // No time limit in the way of the measurement.
        req.limits = { ...req.limits, timeMsPerTest: 10_000, wallMs: 60_000 };
        const samples: number[] = [];
        for (let i = 0; i < REPEATS + 1; i++) {
          const r = await pool.run(req);
          if (r.verdict !== "Accepted") throw new Error(`${q.id} [${language}] reference: ${r.verdict}`);
          if (i > 0) samples.push(r.tests.reduce((s, t) => s + t.timeMs, 0)); // the first run warms caches
        }
        cpu.set(language, median(samples));
      }
      const js = Math.max(cpu.get("js") ?? 0, 0.05);
      const line = [...cpu].map(([language, ms]) => {
        const ratio = ms / js;
        if (language !== "js") ratios.set(language, [...(ratios.get(language) ?? []), ratio]);
        return `${language} ${ms.toFixed(2)} ms (${ratio.toFixed(1)}×)`;
      });
      console.log(`${q.id}: ${line.join(", ")}`);
    }
  } finally {
    await pool.close();
  }
  for (const [language, list] of ratios) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`${language}/js over ${list.length} questions: median ${median(sorted).toFixed(1)}×, p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(1)}×, max ${sorted[sorted.length - 1].toFixed(1)}×`);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
