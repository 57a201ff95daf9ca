import { expect, signUp, test } from "./fixtures";
import { createRound } from "./round-fixtures";
import { prisma } from "../../app/db.server";
import fs from "node:fs";
import path from "node:path";

const QUESTIONS = ["reduce-variance-overfitting", "top-k-cosine", "fraud-detection-pipeline"];

/** Strings that only the server may know about a question: none may reach a candidate before the round ends. */
async function secretsOf(ids: string[]): Promise<string[]> {
  const secrets: string[] = [];
  for (const id of ids) {
    const q = await prisma.question.findUniqueOrThrow({ where: { id }, include: { currentVersion: true } });
    const content = JSON.parse(q.currentVersion!.content);
    secrets.push(content.explanation.trim().slice(0, 60));
    if (content.kind === "coding") {
      for (const t of content.hidden) secrets.push(JSON.stringify(t.args), JSON.stringify(t.expected));
      // lines of the solutions that the starter code does not already show
      const folder = path.join("questions", "coding", id);
      const starters = fs.readdirSync(folder).filter((f) => f.startsWith("starter.")).map((f) => fs.readFileSync(path.join(folder, f), "utf8"));
      for (const file of fs.readdirSync(path.join(folder, "solutions"))) {
        const lines = fs.readFileSync(path.join(folder, "solutions", file), "utf8").split("\n").map((l) => l.trim());
        secrets.push(...lines.filter((l) => l.length > 25 && !starters.some((s) => s.includes(l))).slice(0, 3));
      }
    }
    if (content.kind === "design") {
      secrets.push(content.modelAnswer.trim().slice(0, 60));
      for (const c of content.rubric) secrets.push(...Object.values(c.anchors as Record<string, string>));
    }
  }
  // very short values (say "[0]") could appear by chance in any page
  return secrets.filter((s) => s.length >= 8);
}

test("hidden tests, solutions, correct options, explanations, anchors and model answers never reach a candidate's round", async ({ page, browser }) => {
  const account = { name: "Curious", email: `curious-${Date.now()}@example.com`, password: "curious candidate" };
  await signUp(page, account);
  await expect(page).toHaveURL(/\/practice$/);
  const roundId = await createRound(account.email, QUESTIONS, { seconds: 600 });
  const secrets = await secretsOf(QUESTIONS);
  expect(secrets.length).toBeGreaterThan(10);

  for (const q of [1, 2, 3]) {
    const html = await (await page.request.get(`/practice/rounds/${roundId}?q=${q}`)).text();
    const data = await (await page.request.get(`/practice/rounds/${roundId}.data?q=${q}`)).text();
    expect(html).toContain("top-k"); // the page really carries the round's questions
    for (const body of [html, data]) {
      for (const secret of secrets) expect(body, `page ${q} leaks: ${secret}`).not.toContain(secret);
    }
    // the loader data has no field that could carry them either
    expect(data).not.toMatch(/"(correct|hidden|solutions|anchors|modelAnswer|accepted|explanation)"/);
  }

  // another candidate cannot see the round at all
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, { name: "Other", email: `other-${Date.now()}@example.com`, password: "another candidate" });
  await expect(otherPage).toHaveURL(/\/practice$/);
  const response = await otherPage.request.get(`/practice/rounds/${roundId}`);
  expect(response.status()).toBe(404);
  const results = await otherPage.request.get(`/practice/rounds/${roundId}/results`);
  expect(results.status()).toBe(404);
  await other.close();
});
