import type { Page } from "@playwright/test";
import { createUser } from "../../app/auth/auth.server";
import { newInviteToken } from "../../app/assessments/tokens.server";
import { prisma } from "../../app/db.server";
import { createAssessment, userContext } from "./assessment-fixtures";
import { expect, test } from "./fixtures";
import { OwnServer } from "./own-server";
import { createAssessmentAnswer, waiveCalibration } from "./review-fixtures";

// Two web servers behind one imaginary load balancer: A is the configured webServer, B a
// process of the test's own on the same database. Whatever one server learns, the other must
// know: nothing a person relies on may live in one process's memory.
const A = `http://localhost:${Number(process.env.E2E_PORT ?? 3123)}`;
const serverB = new OwnServer(Number(process.env.E2E_PORT ?? 3123) + 1);
const B = serverB.origin;
const DESIGN = "fraud-detection-pipeline";

test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  await serverB.start();
});
test.afterAll(async () => {
  await serverB.kill();
});

async function logInAt(page: Page, origin: string, account: { email: string; password: string }) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
}

function secondsShown(text: string): number {
  const parts = text.match(/(\d+):(\d\d)(?::(\d\d))?/)!;
  return parts[3] ? Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3]) : Number(parts[1]) * 60 + Number(parts[2]);
}

test("a log-in on one server is a session on the other, and failed log-ins spread over both lock the account on both", async ({ page }) => {
  const tag = Date.now().toString(36);
  const account = { email: `two-servers-${tag}@e2e.test`, password: `the right password ${tag}` };
  await createUser({ ...account, name: `Two Servers ${tag}`, roles: ["candidate"] });

  // logged in through A: B knows the session, and logging out on B ends it on A too
  await logInAt(page, A, account);
  await expect(page).toHaveURL(new RegExp(`^${A}/practice`));
  await page.goto(`${B}/practice`);
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(`${B}/login`);
  await page.goto(`${A}/practice`);
  await expect(page).toHaveURL(new RegExp(`^${A}/login`));

  // five wrong passwords, three through A and two through B: the limit counts them together
  for (const origin of [A, B, A, B, A]) {
    await logInAt(page, origin, { email: account.email, password: "a wrong guess" });
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  for (const origin of [B, A]) {
    await logInAt(page, origin, account);
    await expect(page.getByText(/Too many failed log-ins\. Try again in 1[45] minutes\./)).toBeVisible();
    await expect(page).toHaveURL(`${origin}/login`);
  }
});

test("an attempt started on one server is saved through the other, and minutes the owner adds on one reach the clock served by the other", async ({ page, browser, loginAs }) => {
  const manager = await loginAs(["hiring-manager"]);
  const candidate = await userContext(browser, A, ["candidate"]);
  const assessment = await createAssessment(manager.email, [{ id: DESIGN, points: 2 }], { minutes: 30 });
  const { token, tokenHash } = newInviteToken();
  const invite = await prisma.assessmentInvite.create({
    data: { assessmentId: assessment.id, email: candidate.user.email, name: "Dana Twoservers", tokenHash, expiresAt: new Date(Date.now() + 86_400_000), sentAt: new Date() },
  });

  // started through A
  const onA = candidate.page;
  await onA.goto(`${A}/invite/${token}`);
  await onA.getByRole("button", { name: "Start the assessment" }).click();
  await expect(onA).toHaveURL(new RegExp(`^${A}/practice/rounds/[^/?]+$`));
  const roundId = onA.url().split("/").at(-1)!;
  await expect(onA.getByRole("heading", { name: assessment.title, level: 1 })).toBeVisible();
  await onA.close();

  // the same attempt through B: the same clock, and the draft autosaves
  const onB = await candidate.context.newPage();
  await onB.goto(`${B}/practice/rounds/${roundId}`);
  await expect(onB.getByRole("heading", { name: assessment.title, level: 1 })).toBeVisible();
  const timer = onB.getByRole("timer");
  await expect(timer).toContainText(/^(29|30):\d\d/);
  const draft = "Written through server B: stream card events into a feature store, score each payment in 50 ms.";
  const answer = onB.getByLabel(/Your answer/);
  await answer.fill(draft);
  // the written answer's own status (a design question's whiteboard has one too)
  await expect(onB.locator("form").filter({ has: answer }).getByRole("status")).toContainText("Draft saved");

  // the owner gives more time through A; the candidate's page, polling B, shows it without a reload
  const before = secondsShown(await timer.innerText());
  await page.goto(`${A}/assessments/${assessment.id}/results/${invite.id}`);
  await expect(page.getByTestId("status")).toHaveText("In progress");
  await page.getByLabel("Add minutes to this attempt").fill("5");
  await page.getByRole("button", { name: "Add time" }).click();
  await expect(page.getByRole("status")).toContainText("Added 5 minutes");
  await expect.poll(async () => secondsShown(await timer.innerText()), { timeout: 15_000, intervals: [250] }).toBeGreaterThan(before + 4 * 60);

  // and A shows the draft that B saved
  const againOnA = await candidate.context.newPage();
  await againOnA.goto(`${A}/practice/rounds/${roundId}`);
  await expect(againOnA.getByLabel(/Your answer/)).toHaveValue(draft);
  await candidate.context.close();
});

test("a reviewer's hold taken on one server keeps a second reviewer on the other from starting the same answer", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const person = (role: "candidate" | "hiring-manager") =>
    createUser({ email: `${role}-${tag}@e2e.test`, name: `${role} ${tag}`, password: `password ${tag}`, roles: [role] });
  const [candidate, manager] = [await person("candidate"), await person("hiring-manager")];
  const { answerId } = await createAssessmentAnswer({
    candidateId: candidate.id,
    ownerId: manager.id,
    questionId: DESIGN,
    text: "One answer, one review needed: whoever claims it first holds it.",
    reviewsRequired: 1,
  });
  const first = await userContext(browser, A, ["reviewer"]);
  const second = await userContext(browser, A, ["reviewer"]);
  await waiveCalibration(first.user.id);
  await waiveCalibration(second.user.id);

  // before anyone claims it, the second reviewer (served by B) could
  const queueOnB = second.page;
  await queueOnB.goto(`${B}/reviews`);
  const rowOnB = queueOnB.locator(`tr[data-answer="${answerId}"]`);
  await expect(rowOnB.getByRole("button", { name: /Claim/ })).toBeVisible();

  // the first reviewer claims it through A
  await first.page.goto(`${A}/reviews`);
  await first.page.locator(`tr[data-answer="${answerId}"]`).getByRole("button", { name: /Claim/ }).click();
  await expect(first.page).toHaveURL(`${A}/reviews/${answerId}`);

  // B knows of the hold: the Claim button still on the second reviewer's page is refused, and the queue says the place is taken
  await rowOnB.getByRole("button", { name: /Claim/ }).click();
  await expect(queueOnB.getByRole("alert")).toContainText("Enough reviewers are already on this answer");
  await expect(queueOnB).toHaveURL(new RegExp(`^${B}/reviews`));
  await queueOnB.goto(`${B}/reviews`);
  await expect(rowOnB).toContainText("Taken");
  await expect(rowOnB).toContainText("1 in progress");
  await expect(rowOnB.getByRole("button", { name: /Claim/ })).toHaveCount(0);
  await first.context.close();
  await second.context.close();
});
