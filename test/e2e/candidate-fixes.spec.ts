import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { createRound } from "./round-fixtures";

const MCQ = "reduce-variance-overfitting";
const NUMERIC = "llm-api-daily-cost";
const DESIGN = "fraud-detection-pipeline";

test("multiple-choice options carry the letters the explanations use", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [MCQ], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);
  const options = page.locator("label.option");
  await expect(options).toHaveCount(4);
  await expect(options.nth(0)).toContainText("(a)");
  await expect(options.nth(3)).toContainText("(d)");
  await expect(page.getByRole("radio", { name: /\(b\) Lower the maximum tree depth/ })).toBeVisible();
});

test("a numeric answer that is not a finite number gets a field error and is not graded", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [NUMERIC], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);
  const field = page.getByLabel("Your answer");
  for (const value of ["1e309", "Infinity", "NaN"]) {
    await field.fill(value);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/finite number/);
  }
  await expect(page.getByText(/Correct\.|Not quite\./)).toHaveCount(0);
  const rq = await prisma.roundQuestion.findFirstOrThrow({ where: { roundId }, include: { answer: true } });
  expect(rq.answer?.status ?? "unanswered").not.toBe("graded");
});

test("the finish dialog lists the questions still unanswered", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [MCQ, NUMERIC, DESIGN], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}?q=3`);
  await page.getByLabel(/Your answer/).fill("A streaming feature store and a gradient-boosted model.");
  await page.getByRole("button", { name: "Finish round" }).click();
  const list = page.getByTestId("unanswered");
  await expect(list).toContainText("2 of 3 questions are unanswered");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("link", { name: /^1\. / })).toBeVisible();
  await expect(list.getByRole("link", { name: /^2\. Daily cost of an LLM feature/ })).toBeVisible();
  await expect(list).not.toContainText("3.");
});

test("a round whose only answer awaits a reviewer shows pending, not 0%", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [DESIGN], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);
  await page.getByLabel(/Your answer/).fill("Requirements first, then a streaming pipeline with shadow deployment.");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByText("Answer submitted.")).toBeVisible();
  await page.getByRole("button", { name: "Finish round" }).click();
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/rounds/${roundId}/results$`));
  const score = page.getByTestId("round-score");
  await expect(score).toContainText("Pending");
  await expect(score).toContainText("1 of 1 answer still awaits a grade");
  await expect(score).not.toContainText("0%");
});
