import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";
import { createRound } from "./round-fixtures";

const SQL = "sql-spend-per-customer-with-nulls";
const STATEFUL = "lru-cache";

const unique = () => Math.random().toString(36).slice(2, 8);
const read = (...parts: string[]) => fs.readFileSync(path.join("questions", ...parts), "utf8");

async function setCode(page: Page, code: string) {
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor", "monaco", { timeout: 20_000 });
  await page.evaluate((text) => {
    type Editor = { getModel(): { setValue(v: string): void; getLanguageId(): string } };
    const monaco = (window as unknown as { monaco: { editor: { getEditors(): Editor[] } } }).monaco;
    monaco.editor.getEditors()[0].getModel().setValue(text);
  }, code);
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a candidate answers an SQL question and a stateful coding question: run, row diff, first differing call, submit", async ({ page }) => {
  const account = { name: "SQL Tester", email: `sql-${unique()}@example.com`, password: "sql and stateful password" };
  await signUp(page, account);
  await expect(page).toHaveURL(/\/practice$/);
  const roundId = await createRound(account.email, [SQL, STATEFUL], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);

  // 1. SQL: the schema with its sample rows is on the page, the editor highlights SQL
  await expect(page.getByRole("table", { name: "Sample rows of customers" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sample rows of orders" }).getByRole("cell", { name: "NULL" })).toBeVisible();
  await setCode(page, "SELECT 1");
  const language = await page.evaluate(() => {
    type Editor = { getModel(): { getLanguageId(): string } };
    return (window as unknown as { monaco: { editor: { getEditors(): Editor[] } } }).monaco.editor.getEditors()[0].getModel().getLanguageId();
  });
  expect(language).toBe("sql");
  await expectAccessible(page);

  // a wrong query (an inner join drops Bo): Run shows the rows side by side, the missing one marked
  await setCode(page, read("coding", "sql", SQL, "solutions", "wrong-inner-join.sql"));
  await page.getByRole("button", { name: "Run on sample data" }).click();
  const run = page.getByTestId("results-run");
  await expect(run).toContainText("Sample data: Wrong answer");
  const expected = run.getByRole("table", { name: "Expected rows" });
  await expect(expected.getByRole("row", { name: /missing 2 Bo 0/ })).toBeVisible();
  await expect(run.getByRole("table", { name: "Your rows" }).getByRole("row")).toHaveCount(3); // header + Ana + Cy
  await expect(run).toContainText("1 expected row missing");
  await expectAccessible(page);

  // submitting it fails hidden datasets, without showing them
  await page.getByRole("button", { name: "Submit" }).click();
  const submitted = page.getByTestId("results-submit");
  await expect(submitted).toContainText("Hidden datasets: Wrong answer");
  await expect(submitted.getByRole("table")).toHaveCount(0);

  // the reference query is accepted
  await setCode(page, read("coding", "sql", SQL, "solutions", "reference.sql"));
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(submitted).toContainText("Hidden datasets: Accepted");

  // 2. stateful: a class, its examples shown as a sequence of calls
  await page.getByRole("link", { name: "Next question →" }).click();
  await page.getByLabel("Language").selectOption("js");
  await expect(page.getByText("obj = new LRUCache(2)")).toBeVisible();
  await setCode(page, read("coding", "stateful", STATEFUL, "solutions", "wrong-fifo.js"));
  await page.getByRole("button", { name: "Run examples" }).click();
  const codeRun = page.getByTestId("results-run");
  await expect(codeRun).toContainText("Examples: Wrong answer");
  const failing = codeRun.locator(".call-steps li.fail");
  await expect(failing).toHaveCount(1);
  await expect(failing).toContainText("obj.get(2)");
  await expect(failing).toContainText("first difference: got 2");
  // the calls after the first difference are not shown
  await expect(codeRun.getByText("obj.get(3)")).toHaveCount(0);
  await expectAccessible(page);

  // Python: the constructor must raise ValueError for a zero capacity (a hidden test): the reference passes everything
  await page.getByLabel("Language").selectOption("python");
  await setCode(page, read("coding", "stateful", STATEFUL, "solutions", "wrong-no-capacity-check.py"));
  await page.getByRole("button", { name: "Submit" }).click();
  const codeSubmit = page.getByTestId("results-submit");
  await expect(codeSubmit).toContainText("Hidden tests: Wrong answer", { timeout: 30_000 });
  await setCode(page, read("coding", "stateful", STATEFUL, "solutions", "reference.py"));
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(codeSubmit).toContainText("Hidden tests: Accepted", { timeout: 30_000 });

  // results: both answers scored in full
  await page.getByRole("button", { name: "Finish round" }).click();
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/rounds/${roundId}/results$`));
  await expect(page.locator('article[data-kind="sql"]').getByText("100%")).toBeVisible();
  await expect(page.locator('article[data-kind="coding"]').getByText("100%")).toBeVisible();
});

test("hidden datasets, their expected rows, reference queries and hidden calls never reach the candidate's page", async ({ page }) => {
  const account = { name: "Curious SQL", email: `sql-curious-${unique()}@example.com`, password: "curious sql candidate" };
  await signUp(page, account);
  await expect(page).toHaveURL(/\/practice$/);
  const roundId = await createRound(account.email, [SQL, STATEFUL], { seconds: 600 });
  const secrets = [
    "COALESCE(SUM(o.amount), 0) AS total_spend", // the reference query
    '"Eve"', // a customer that only a hidden dataset holds
    "self.data.move_to_end(key)", // the reference solution
    "a zero capacity is refused", // a hidden test's note
  ];
  for (const q of [1, 2]) {
    const html = await (await page.request.get(`/practice/rounds/${roundId}?q=${q}`)).text();
    const data = await (await page.request.get(`/practice/rounds/${roundId}.data?q=${q}`)).text();
    expect(html).toContain(q === 1 ? "Spend per customer" : "LRU cache");
    for (const body of [html, data]) for (const secret of secrets) expect(body, `page ${q} leaks: ${secret}`).not.toContain(secret);
    expect(data).not.toMatch(/"(hidden|solutions|reference|explanation)"/);
  }
});
