// How long the similarity page's comparison takes for one question with N submitted answers:
// fingerprint each answer once, then intersect every pair. Pure computation, no database.
// Run: node --import tsx scripts/bench-similarity.ts [N ...]
import fs from "node:fs";
import path from "node:path";
import { fingerprint, sharedFraction } from "../app/assessments/winnowing";

const dir = path.join("questions", "coding");
const sources = fs
  .readdirSync(dir)
  .flatMap((q) => ["reference.py", ...fs.readdirSync(path.join(dir, q, "solutions")).filter((f) => f.endsWith(".py"))].map((f) => path.join(dir, q, "solutions", f)))
  .filter((f) => fs.existsSync(f))
  .map((f) => fs.readFileSync(f, "utf8"));

// a candidate's answer: a bank solution with its names changed and a line of its own
const answer = (i: number) => `${sources[i % sources.length].replace(/\b([a-z_]+)\b/g, (w) => (w.length > 3 ? `${w}_${i % 7}` : w))}\n# note ${i}\nextra_${i} = [v * ${i} for v in range(${i % 13})]\n`;

for (const n of process.argv.slice(2).map(Number).filter(Boolean).concat(process.argv.length > 2 ? [] : [100, 300, 500])) {
  const answers = Array.from({ length: n }, (_, i) => answer(i));
  const start = performance.now();
  const prints = answers.map((code) => fingerprint(code, "python"));
  const fingerprinted = performance.now();
  let listed = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (sharedFraction(prints[i], prints[j]).shared >= 0.5) listed++;
  const done = performance.now();
  console.log(
    `${n} answers: fingerprints ${(fingerprinted - start).toFixed(0)} ms, ${((n * (n - 1)) / 2).toLocaleString("en-GB")} pairs ${(done - fingerprinted).toFixed(0)} ms, ${listed} pairs at or above 50%`,
  );
}
