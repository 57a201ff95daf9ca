import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createRound, solution } from "./round-fixtures";

const CODING = "top-k-cosine";
const starter = (ext: string) => fs.readFileSync(`questions/coding/${CODING}/starter.${ext}`, "utf8");

type Monaco = { editor: { getEditors(): { getModel(): { setValue(v: string): void; getValue(): string } }[] } };

async function editorReady(page: Page) {
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor", "monaco", { timeout: 20_000 });
}

async function setCode(page: Page, code: string) {
  await editorReady(page);
  await page.evaluate((text) => (window as unknown as { monaco: Monaco }).monaco.editor.getEditors()[0].getModel().setValue(text), code);
}

const getCode = (page: Page) => page.evaluate(() => (window as unknown as { monaco: Monaco }).monaco.editor.getEditors()[0].getModel().getValue());

async function openRound(page: Page, loginAs: (roles: ["candidate"]) => Promise<{ email: string }>) {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [CODING], { seconds: 30 * 60 });
  await page.goto(`/practice/rounds/${roundId}`);
  return roundId;
}

test("switching language clears the other language's hidden-test results", async ({ page, loginAs }) => {
  await openRound(page, loginAs);
  await page.getByLabel("Language").selectOption("js");
  await setCode(page, solution(CODING, "reference.js"));
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByTestId("results-submit")).toContainText("Hidden tests: Accepted");
  await page.getByLabel("Language").selectOption("python");
  await expect(page.getByTestId("results-submit")).toHaveCount(0);
  await expect(page.getByText("Examples", { exact: true })).toBeVisible();
});

test("reset to starter code asks first, then replaces the code", async ({ page, loginAs }) => {
  await openRound(page, loginAs);
  await page.getByLabel("Language").selectOption("js");
  await setCode(page, "// my own attempt\n");
  await page.getByRole("button", { name: "Reset to starter code" }).click();
  await page.getByRole("button", { name: "Keep my code" }).click();
  expect(await getCode(page)).toBe("// my own attempt\n");
  await page.getByRole("button", { name: "Reset to starter code" }).click();
  await expect(page.getByText(/Replace your JavaScript code with the starter code\?/)).toBeVisible();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  await expect.poll(() => getCode(page)).toBe(starter("js"));
});

test("the candidate runs the code on their own arguments and sees the return value and output", async ({ page, loginAs }) => {
  await openRound(page, loginAs);
  await page.getByLabel("Language").selectOption("js");
  await setCode(page, "function topKCosine(query, docs, k) { console.log('k is', k); return docs.map((_, i) => i).slice(0, k); }");
  await page.getByText("Run on your own arguments").click();
  await page.getByLabel(/Arguments to/).fill("[[1, 0], [[0, 1], [1, 0], [1, 1]], 2]");
  await page.getByRole("button", { name: "Run on these arguments" }).click();
  const result = page.getByTestId("custom-result");
  await expect(result).toContainText("Returned: [0,1]");
  await expect(result).toContainText("k is 2");
  await page.getByLabel(/Arguments to/).fill("not json");
  await page.getByRole("button", { name: "Run on these arguments" }).click();
  await expect(result.getByRole("alert")).toContainText("JSON array");
});

test("TypeScript type errors show in the editor and the results panel without failing the run", async ({ page, loginAs }) => {
  await openRound(page, loginAs);
  await page.getByLabel("Language").selectOption("ts");
  await setCode(page, solution(CODING, "reference.ts") + '\nconst label: number = "not a number";\n');
  const panel = page.getByTestId("type-diagnostics");
  await expect(panel).toContainText("1 type error", { timeout: 20_000 });
  const lines = solution(CODING, "reference.ts").split("\n").length;
  await expect(panel).toContainText(`Line ${lines + 1}, column 7: Type 'string' is not assignable to type 'number'`);
  await expect(page.locator(".monaco-editor .squiggly-error")).not.toHaveCount(0);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByTestId("results-submit")).toContainText("Hidden tests: Accepted");
  // another language: the type check is gone with it
  await page.getByLabel("Language").selectOption("js");
  await expect(panel).toHaveCount(0);
});

test("prompt and editor sit side by side on a wide screen, resizable from the keyboard, and stack on a narrow one", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openRound(page, loginAs);
  await editorReady(page);
  const prompt = page.getByRole("region", { name: "Question" });
  const editor = page.getByTestId("code-editor");
  const wide = { prompt: (await prompt.boundingBox())!, editor: (await editor.boundingBox())! };
  expect(wide.editor.x).toBeGreaterThan(wide.prompt.x + wide.prompt.width - 1);
  const handle = page.getByRole("separator", { name: "Resize the question and the editor" });
  await handle.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(handle).toHaveAttribute("aria-valuenow", "55");
  await expect.poll(async () => (await prompt.boundingBox())!.width).toBeGreaterThan(wide.prompt.width + 50);

  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => (await editor.boundingBox())!.y).toBeGreaterThan((await prompt.boundingBox())!.y + 20);
  const narrow = { prompt: (await prompt.boundingBox())!, editor: (await editor.boundingBox())! };
  expect(narrow.editor.y).toBeGreaterThanOrEqual(narrow.prompt.y + narrow.prompt.height - 1);
  await expect(handle).toBeHidden();
});
