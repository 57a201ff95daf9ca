import type { Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";
import { correctOption, createRound, moveDeadline, setCode, solution } from "./round-fixtures";

const MCQ = "reduce-variance-overfitting";
const CODING = "top-k-cosine";
const DESIGN = "fraud-detection-pipeline";

const unique = () => Math.random().toString(36).slice(2, 8);

async function newCandidate(page: Page) {
  const account = { name: "Round Tester", email: `round-${unique()}@example.com`, password: "timed round password" };
  await signUp(page, account);
  await expect(page).toHaveURL(/\/practice$/);
  return account;
}

function secondsShown(text: string): number {
  const parts = text.match(/(\d+):(\d\d)(?::(\d\d))?/)!;
  return parts[3] ? Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3]) : Number(parts[1]) * 60 + Number(parts[2]);
}

test("a candidate starts a round from the practice page", async ({ page }) => {
  await newCandidate(page);
  await page.getByRole("radio", { name: /Senior/ }).check();
  await page.getByLabel("Stage", { exact: true }).selectOption("ml-technical");
  await page.getByLabel("Length").selectOption("15");
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page).toHaveURL(/\/practice\/rounds\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "ML / AI technical", level: 1 })).toBeVisible();
  await expect(page.getByText("Senior track")).toBeVisible();
  expect(secondsShown(await page.getByRole("timer").innerText())).toBeGreaterThan(14 * 60);
});

test("a whole round: mcq, code run and submitted, a design answer kept across a reload, results and scores", async ({ page }) => {
  const account = await newCandidate(page);
  await page.goto("/practice/scores");
  await expect(page.getByText("No scores yet")).toBeVisible();

  const roundId = await createRound(account.email, [MCQ, CODING, DESIGN], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);

  // 1. mcq, graded right away
  await page.getByText(await correctOption(MCQ), { exact: false }).first().click();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByText("Correct.")).toBeVisible();

  // 2. coding: run the examples with a wrong answer, then submit the reference in JavaScript
  await page.getByRole("link", { name: "Next question →" }).click();
  await page.getByLabel("Language").selectOption("js");
  await setCode(page, "function topKCosine(query, docs, k) { console.log('checking', k); return []; }");
  await page.getByRole("button", { name: "Run examples" }).click();
  const run = page.getByTestId("results-run");
  await expect(run).toContainText("Examples: Wrong answer");
  await expect(run).toContainText("Expected:");
  await setCode(page, solution(CODING, "reference.js"));
  await page.getByRole("button", { name: "Submit" }).click();
  const submitted = page.getByTestId("results-submit");
  await expect(submitted).toContainText("Hidden tests: Accepted");
  await expect(submitted).not.toContainText("Expected:");

  // the same question in Python: a traceback-style error on Run, then the reference is accepted
  await page.getByLabel("Language").selectOption("python");
  await setCode(page, "def top_k_cosine(query, docs, k):\n    return 1 / 0\n");
  await page.getByRole("button", { name: "Run examples" }).click();
  await expect(run).toContainText("Examples: Runtime error");
  await expect(run).toContainText("ZeroDivisionError");
  await setCode(page, solution(CODING, "reference.py"));
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(submitted).toContainText("Hidden tests: Accepted", { timeout: 30_000 });

  // 3. design: the draft autosaves and survives a reload; the clock keeps running
  await page.getByRole("link", { name: "Next question →" }).click();
  const answer = "Requirements: 50k transactions per second, 100 ms budget. Features from a streaming store; gradient-boosted trees; shadow deploy.";
  await page.getByLabel(/Your answer/).fill(answer);
  await expect(page.locator("form").filter({ has: page.getByLabel(/Your answer/) }).getByText(/Draft saved/)).toBeVisible({ timeout: 10_000 });
  const before = secondsShown(await page.getByRole("timer").innerText());
  await page.waitForTimeout(1_100);
  await page.reload();
  await expect(page.getByLabel(/Your answer/)).toHaveValue(answer);
  expect(secondsShown(await page.getByRole("timer").innerText())).toBeLessThan(before);
  await expect(page.getByText("17 words")).toBeVisible();

  // finish, assess the design answer against the rubric, send it for review
  await page.getByRole("button", { name: "Finish round" }).click();
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/rounds/${roundId}/results$`));
  const design = page.locator('article[data-kind="design"]');
  await expect(design.getByText("Model answer outline", { exact: true })).toBeVisible();
  for (const input of await design.locator("input.points").all()) await input.fill("1");
  await design.getByRole("button", { name: "Save self-assessment" }).click();
  await expect(design.getByText(/Self-assessment saved/)).toBeVisible();
  await design.getByRole("button", { name: "Ask a reviewer to grade this" }).click();
  await expect(design.getByText(/In the reviewers' queue/)).toBeVisible();
  await expect(page.locator('article[data-kind="coding"]').getByText("100%")).toBeVisible();

  await page.getByRole("link", { name: /See where you stand/ }).click();
  await expect(page.getByTestId("levels-headline")).toContainText("Coding / algorithms:");
  const stageTable = page.locator("table").first();
  await expect(stageTable.getByRole("row", { name: /Coding \/ algorithms 1 100%/ })).toBeVisible();
  await expect(stageTable.getByRole("row", { name: /ML \/ AI technical 1 100%/ })).toBeVisible();
  await expect(stageTable.getByRole("row", { name: /ML system design 1 .*\(self-assessed\)/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /skill/i })).toBeVisible();
});

test("a short round expires: the page says time is up and shows the results", async ({ page }) => {
  const account = await newCandidate(page);
  // a round long enough for any page load on a busy machine; time then moves on the server
  // (the deadline in the database) and in the browser (its clock), not in real time
  const roundId = await createRound(account.email, [MCQ], { seconds: 10 * 60 });
  await page.clock.install();
  await page.goto(`/practice/rounds/${roundId}`);
  await expect(page.getByRole("timer")).toBeVisible();
  await moveDeadline(roundId, -5_000);
  await page.clock.fastForward("10:05");
  await expect(page.getByText("Time is up. Your saved answers are being graded…")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/practice/rounds/${roundId}/results$`), { timeout: 20_000 });
  await expect(page.getByText("Not answered")).toBeVisible();
});

test("an answer sent after the deadline is refused with a clear message", async ({ page }) => {
  const account = await newCandidate(page);
  const roundId = await createRound(account.email, [MCQ], { seconds: 10 * 60 });
  // the browser's clock stands still, as on a machine whose clock is behind: only the server knows time is up
  await page.clock.install();
  await page.goto(`/practice/rounds/${roundId}`);
  await expect(page.getByRole("timer")).toBeVisible();
  await page.clock.pauseAt(new Date(Date.now() + 2_000));
  await moveDeadline(roundId, -10_000);
  await page.getByText(await correctOption(MCQ), { exact: false }).first().click();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("alert")).toContainText("Time is up: this round ended at");
  await expect(page.getByText("Correct.")).toHaveCount(0);
});
