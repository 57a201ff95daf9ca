import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { OwnServer } from "./own-server";
import { createRound } from "./round-fixtures";

// The server is stopped and started again mid-round: that needs an app process of our own.
const app = new OwnServer(Number(process.env.E2E_PORT ?? 3123) + 500);
const ORIGIN = app.origin;
const DESIGN = "fraud-detection-pipeline";
const CODING = "top-k-cosine";
const startServer = () => app.start();
const stopServer = () => app.kill();

// two server start-ups per test
test.describe.configure({ timeout: 180_000 });

test.afterEach(async () => {
  await stopServer();
});

async function savedDraft(roundId: string, position: number) {
  const rq = await prisma.roundQuestion.findFirstOrThrow({ where: { roundId, position }, include: { answer: true } });
  return rq.answer ? (JSON.parse(rq.answer.response) as Record<string, string>) : null;
}

test("text typed while the server is down is saved once it is back, without a reload", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [DESIGN], { seconds: 30 * 60 });
  await startServer();
  await page.goto(`${ORIGIN}/practice/rounds/${roundId}`);
  const answer = page.getByLabel(/Your answer/);
  await answer.fill("Before the outage: a streaming feature store.");
  await expect(page.locator("form").filter({ has: page.getByLabel(/Your answer/) }).getByText(/Draft saved/)).toBeVisible();
  const timerBefore = await page.getByRole("timer").innerText();

  await stopServer();
  await answer.pressSequentially(" Typed while the server was down.");
  const status = page.getByRole("status").filter({ hasText: /offline/i });
  await expect(status).toContainText("Offline — retrying");
  // the page stays: the editor content and the timer are still there and the clock runs on
  await expect(answer).toHaveValue("Before the outage: a streaming feature store. Typed while the server was down.");
  await expect(page.getByRole("timer")).not.toHaveText(timerBefore);
  await expect(page.getByRole("heading", { name: /Something went wrong/ })).toHaveCount(0);
  // submitting and finishing fail in place too, and say so
  await page.getByRole("button", { name: "Submit answer" }).click();
  const submitFailure = page.getByRole("alert").filter({ hasText: "Your answer was not submitted yet" });
  await expect(submitFailure).toContainText("Could not reach the server.");
  await page.getByRole("button", { name: "Finish round" }).click();
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The round is not finished yet" })).toBeVisible();
  await page.getByRole("button", { name: "Keep going" }).click();
  await expect(answer).toHaveValue("Before the outage: a streaming feature store. Typed while the server was down.");

  await startServer();
  await expect(page.getByText(/Back online — saved/)).toBeVisible({ timeout: 30_000 });
  expect((await savedDraft(roundId, 1))?.text).toBe("Before the outage: a streaming feature store. Typed while the server was down.");
  await submitFailure.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByText("Answer submitted.", { exact: false })).toBeVisible();
  await page.reload();
  await expect(answer).toHaveValue("Before the outage: a streaming feature store. Typed while the server was down.");
});

test("a Run that fails because the server is down says so in the results panel and can be retried", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [CODING, DESIGN], { seconds: 30 * 60 });
  await startServer();
  await page.goto(`${ORIGIN}/practice/rounds/${roundId}`);
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor", "monaco", { timeout: 20_000 });
  await page.getByLabel("Language").selectOption("js");

  await stopServer();
  // moving to another question and back while offline keeps the page
  await page.getByRole("link", { name: "Next question →" }).click();
  await expect(page.getByLabel(/Your answer/)).toBeVisible();
  await page.getByRole("link", { name: "← Previous question" }).click();
  await expect(page.getByLabel("Language")).toBeVisible();
  await page.getByRole("button", { name: "Run examples" }).click();
  const failure = page.getByTestId("run-failure");
  await expect(failure).toContainText(/could not reach the server/i);
  await expect(page.getByLabel("Language")).toBeVisible();

  const banner = page.getByRole("status").filter({ hasText: "Offline — the server cannot be reached" });
  await expect(banner).toBeVisible();

  await startServer();
  // the page notices by itself that the server is back
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await failure.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("results-run")).toContainText("Examples:");
  await expect(page.getByTestId("run-failure")).toHaveCount(0);
});
