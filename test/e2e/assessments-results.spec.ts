import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import fs from "node:fs";
import Papa from "papaparse";
import { prisma } from "../../app/db.server";
import { createAssessment, createInvite, startAttempt, userContext } from "./assessment-fixtures";
import { expect, test } from "./fixtures";
import { setCode, solution } from "./round-fixtures";

const CODING = "top-k-cosine";
const DESIGN = "fraud-detection-pipeline";
const HOSTILE = '=HYPERLINK("x")';
const AWKWARD = 'Lee, "Ace"\nSecond line';

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function secondsShown(text: string): number {
  const parts = text.match(/(\d+):(\d\d)(?::(\d\d))?/)!;
  return parts[3] ? Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3]) : Number(parts[1]) * 60 + Number(parts[2]);
}

test("a manager extends a running attempt live, reads results with hidden-test detail, compares and exports CSV", async ({ page, browser, baseURL, loginAs }) => {
  test.setTimeout(180_000);
  const manager = await loginAs(["hiring-manager"]);
  const first = await userContext(browser, baseURL!, ["candidate"], "Ada Finisher");
  const second = await userContext(browser, baseURL!, ["candidate"], "Lee Runner");
  const assessment = await createAssessment(manager.email, [
    { id: CODING, points: 3 },
    { id: DESIGN, points: 2 },
  ]);
  const done = await startAttempt(assessment.id, first.user.email, HOSTILE);
  const running = await startAttempt(assessment.id, second.user.email, AWKWARD);
  await createInvite(assessment.id, "not-yet@e2e.test", "Nobody Yet");

  // 1. the first candidate submits code through the real round page (a wrong solution, so some hidden tests fail) and a design answer
  const p1 = first.page;
  await p1.goto(`/practice/rounds/${done.roundId}`);
  await p1.getByLabel("Language").selectOption("js");
  await setCode(p1, solution(CODING, "wrong-dot-product.js"));
  await p1.getByRole("button", { name: "Submit" }).click();
  await expect(p1.getByTestId("results-submit")).toContainText("Hidden tests: Wrong answer");
  await expect(p1.getByTestId("results-submit")).not.toContainText("Expected");
  // the owner's copy (what the code returned on each hidden test) never reaches the candidate's page data
  // (public examples do carry "args" and "expected": they are the candidate's to see)
  const pageData = await (await p1.request.get(`/practice/rounds/${done.roundId}.data`)).text();
  expect(pageData).toContain('"hidden-1"');
  expect(pageData).not.toMatch(/"(actual|ownerResult)"/);
  await p1.getByRole("link", { name: "Next question →" }).click();
  const designAnswer = "Stream card events into a feature store; a gradient-boosted model scores each in under 50 ms.";
  await p1.getByLabel(/Your answer/).fill(designAnswer);
  await expect(p1.locator("form").filter({ has: p1.getByLabel(/Your answer/) }).getByText(/Draft saved/)).toBeVisible();
  await p1.getByRole("button", { name: "Finish round" }).click();
  await p1.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(p1).not.toHaveURL(new RegExp(`/practice/rounds/${done.roundId}$`));

  // 2. the second candidate has the round open
  const p2 = second.page;
  await p2.goto(`/practice/rounds/${running.roundId}`);
  const timer = p2.getByRole("timer");
  await expect(timer).toBeVisible();
  const before = secondsShown(await timer.innerText());

  // 3. the manager sees every invite, the pending review apart from zero
  await page.goto(`/assessments/${assessment.id}/results`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(assessment.title);
  const rows = page.getByTestId("result-row");
  await expect(rows).toHaveCount(3);
  const doneRow = rows.filter({ hasText: HOSTILE });
  await expect(doneRow).toContainText("Submitted");
  await expect(doneRow.getByTestId("total")).toHaveText(/^\d+% · 1 answer pending review$/);
  await expect(doneRow).toContainText("pending review");
  await expect(rows.filter({ hasText: "Lee, " })).toContainText("In progress");
  await expect(rows.filter({ hasText: "Nobody Yet" })).toContainText("Sent");
  await expectAccessible(page);

  // filter and sort without JavaScript's help: plain GET forms and links
  await page.getByLabel("Status").selectOption("started");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=started/);
  await expect(rows).toHaveCount(1);
  await page.goto(`/assessments/${assessment.id}/results?sort=name&dir=asc`);
  await expect(rows.first()).toContainText(HOSTILE); // "=" sorts before letters

  // 4. live extension: the candidate's open page shows the new time without a reload
  await rows.filter({ hasText: "Lee, " }).getByRole("link").click();
  await expect(page.getByTestId("status")).toHaveText("In progress");
  await expectAccessible(page);
  await page.getByLabel("Add minutes to this attempt").fill("5");
  await page.getByRole("button", { name: "Add time" }).click();
  await expect(page.getByRole("status")).toContainText("Added 5 minutes");
  // polled every 5 s: within 10 s of the manager's click
  await expect.poll(async () => secondsShown(await timer.innerText()), { timeout: 10_000, intervals: [250] }).toBeGreaterThan(before + 4 * 60);
  const deadline = (await prisma.round.findUniqueOrThrow({ where: { id: running.roundId } })).deadlineAt;
  expect(deadline.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);

  // 5. the finished attempt in full: hidden tests with inputs, expected and actual values
  await page.goto(`/assessments/${assessment.id}/results/${done.inviteId}`);
  const coding = page.locator('article[data-kind="coding"]');
  await expect(coding.getByTestId("verdict")).toHaveText("WrongAnswer");
  const hidden = await prisma.question.findUniqueOrThrow({ where: { id: CODING }, include: { currentVersion: true } });
  const hiddenTests = JSON.parse(hidden.currentVersion!.content).hidden as { args: unknown[]; expected: unknown }[];
  const testRows = coding.getByTestId("hidden-test");
  await expect(testRows).toHaveCount(hiddenTests.length);
  await expect(testRows.first()).toContainText(JSON.stringify(hiddenTests[0].expected));
  await expect(testRows.filter({ hasText: "WrongAnswer" }).first()).toBeVisible();
  const design = page.locator('article[data-kind="design"]');
  await expect(design).toContainText(designAnswer);
  await expect(design).toContainText("pending review");
  await expectAccessible(page);

  // a reviewer's grade and note arrive (the reviews service writes these): shown, and the total counts them
  const answer = await prisma.answer.findFirstOrThrow({ where: { roundId: done.roundId, questionVersion: { kind: "design" } } });
  const reviewer = await prisma.user.create({ data: { email: `rev-${Date.now()}@e2e.test`, name: "Rita Reviewer", passwordHash: "x" } });
  await prisma.review.create({
    data: {
      answerId: answer.id,
      reviewerId: reviewer.id,
      status: "submitted",
      comment: "Solid latency budget; no drift monitoring.",
      points: 6,
      maxPoints: 10,
      submittedAt: new Date(),
    },
  });
  await prisma.answer.update({ where: { id: answer.id }, data: { score: 0.6, gradedBy: "reviewer", status: "graded" } });
  await page.reload();
  await expect(design.getByTestId("review")).toContainText("Rita Reviewer");
  await expect(design.getByTestId("review")).toContainText("no drift monitoring");
  await expect(page.getByTestId("total")).not.toContainText("pending review");

  // the manager asks once for a regrade, with a reason; it goes to the reviewers' queue
  await design.getByText("Ask for a regrade").click();
  await design.getByLabel("Why should this grade be looked at again?").fill("Drift monitoring is covered in the last paragraph.");
  await design.getByRole("button", { name: "Request regrade" }).click();
  await expect(design.getByRole("status")).toContainText(/regrade/i);
  await expect.poll(() => prisma.regradeRequest.count({ where: { answerId: answer.id } })).toBe(1);

  // 6. compare the two candidates
  await page.goto(`/assessments/${assessment.id}/results`);
  await page.getByLabel(`Compare ${HOSTILE}`).check();
  await page.getByLabel(/^Compare Lee, /).check();
  await page.getByRole("button", { name: /Compare selected/ }).click();
  await expect(page).toHaveURL(/\/compare\?invites=/);
  await expect(page.getByTestId("compare-candidate")).toHaveCount(2);
  // a radar for the finished attempt; the running one has no scores yet
  await expect(page.getByRole("img", { name: new RegExp(`^${HOSTILE.replace(/[()]/g, "\\$&")}'s skills: `) })).toBeVisible();
  await expect(page.getByTestId("compare-candidate").filter({ hasText: "Lee, " })).toContainText("No scores until the attempt is over");
  await expect(page.getByTestId("compare-question")).toHaveCount(2);
  await expectAccessible(page);

  // 7. the CSV download parses back with a real CSV parser
  await page.goto(`/assessments/${assessment.id}/results`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const byName = new Map(parsed.data.map((r) => [r.Name, r]));
  expect([...byName.keys()].sort()).toEqual([`'${HOSTILE}`, AWKWARD, "Nobody Yet"].sort());
  const hostile = byName.get(`'${HOSTILE}`)!;
  expect(hostile.Status).toBe("Submitted");
  expect(hostile["Answers pending review"]).toBe("0");
  const q2 = Object.keys(hostile).find((k) => k.startsWith("Q2 "))!;
  expect(hostile[q2]).toBe("60");
  expect(Number(hostile["Total (%)"])).toBeGreaterThan(0);
  expect(Object.keys(hostile).some((k) => k.startsWith("Skill: "))).toBe(true);
  expect(byName.get(AWKWARD)!.Status).toBe("In progress");
  expect(byName.get("Nobody Yet")!["Total (%)"]).toBe("");

  await first.context.close();
  await second.context.close();
});
