import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createRound } from "./round-fixtures";

// WCAG 2.1 AA over every page a candidate sees.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(found, `accessibility violations on ${what}`).toEqual([]);
}

test("log-in, sign-up and a 404 for a visitor", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page, "log-in");
  await page.goto("/signup");
  await expectAccessible(page, "sign-up");
  await page.goto("/no-such-page");
  await expectAccessible(page, "404");
});

test("practice, a round with a coding question, results, scores and a signed-in 404", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  await page.goto("/practice");
  await expectAccessible(page, "practice");

  const roundId = await createRound(account.email, ["top-k-cosine", "reduce-variance-overfitting", "fraud-detection-pipeline"], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor", "monaco", { timeout: 20_000 });
  await expectAccessible(page, "round page, coding question");
  await page.getByLabel("Language").selectOption("js");
  await page.getByRole("button", { name: "Run examples" }).click();
  await expect(page.getByTestId("results-run")).toBeVisible();
  await expectAccessible(page, "round page with run results");
  await page.goto(`/practice/rounds/${roundId}?q=2`);
  await expectAccessible(page, "round page, multiple choice");

  await page.getByRole("button", { name: "Finish round" }).click();
  await expectAccessible(page, "finish dialog");
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/rounds/${roundId}/results$`));
  await expectAccessible(page, "results");

  await page.goto("/practice/scores");
  await expect(page.getByRole("heading", { name: "Where you stand" })).toBeVisible();
  await expectAccessible(page, "scores");

  await page.goto("/practice/nothing-here");
  await expectAccessible(page, "signed-in 404");
});
