import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import crypto from "node:crypto";
import { createUser } from "../../app/auth/auth.server";
import type { RoleName } from "../../app/auth/roles";
import { createSessionCookie } from "../../app/auth/session.server";
import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { createAssessmentAnswer, createPracticeAnswer, waiveCalibration } from "./review-fixtures";

const DESIGN = "fraud-detection-pipeline";
const TITLE = "Real-time card fraud detection";
// criterion ids and ranges of its rubric: 3 + 4 + 4 + 5 + 4 = 20 points
const CRITERIA = ["requirements", "features-data", "model-serving", "evaluation-monitoring", "trade-offs", "communication"] as const;

async function person(roles: RoleName[], opts: { calibrated?: boolean } = {}) {
  const tag = crypto.randomBytes(4).toString("hex");
  const user = await createUser({ email: `${roles[0]}-${tag}@e2e.test`, name: `${roles[0]} ${tag}`, password: `password ${tag}`, roles });
  if (opts.calibrated !== false && roles.includes("reviewer")) await waiveCalibration(user.id);
  return user;
}

/** Switch the browser to another user: one page, so the offline guard watches everything. */
async function actAs(context: BrowserContext, baseURL: string, userId: string) {
  await context.clearCookies();
  const [pair] = (await createSessionCookie(userId)).split(";");
  const [name, ...rest] = pair.split("=");
  await context.addCookies([{ name, value: rest.join("="), url: baseURL }]);
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function claimFromQueue(page: Page, answerId: string) {
  await page.goto("/reviews");
  const row = page.locator(`tr[data-answer="${answerId}"]`);
  await row.getByRole("button", { name: /Claim/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${answerId}$`));
}

async function grade(page: Page, points: readonly number[], comment: string) {
  for (const [i, id] of CRITERIA.entries()) await page.locator(`input[name="points.${id}"]`).fill(String(points[i]));
  await page.getByLabel("Overall comment").fill(comment);
}

async function submitGrade(page: Page) {
  await page.getByRole("button", { name: "Submit grade" }).click();
  await expect(page.getByRole("heading", { name: "Your grade (submitted)" })).toBeVisible();
}

test("two reviewers grade one assessment answer blind; their disagreement goes to a third, who settles it", async ({ page, context, baseURL }) => {
  const candidate = await person(["candidate"]);
  const manager = await person(["hiring-manager"]);
  const [first, second, third] = [await person(["reviewer"]), await person(["reviewer"]), await person(["reviewer"])];
  const admin = await person(["admin"]);
  const { answerId } = await createAssessmentAnswer({
    candidateId: candidate.id,
    ownerId: manager.id,
    questionId: DESIGN,
    text: "Stream features into an online store; GBT inline with a rules fallback; time-split evaluation.",
    reviewsRequired: 2,
  });

  // first reviewer: the queue, a claim, a draft that survives a reload, a submitted grade
  await actAs(context, baseURL!, first.id);
  await page.goto("/reviews");
  const row = page.locator(`tr[data-answer="${answerId}"]`);
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText("0 of 2");
  await expect(row).toContainText("Senior");
  await expectAccessible(page);
  await claimFromQueue(page, answerId);
  await expect(page.getByTestId("answer-text")).toContainText("GBT inline with a rules fallback");
  const body = await page.locator("main").innerText();
  expect(body).not.toContain(candidate.name);
  expect(body).not.toContain(candidate.email);
  // the target track's anchors are marked
  await expect(page.locator('[data-target="true"]').first()).toContainText("Senior");
  await grade(page, [3, 4, 4, 4.5, 3.5, 2], "First reviewer: thorough on serving and labels.");
  await page.locator('textarea[name="note.requirements"]').fill("Clear latency budget.");
  await page.getByLabel("Overall comment").blur();
  await expect(page.getByText(/Draft saved/)).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.locator('input[name="points.evaluation-monitoring"]')).toHaveValue("4.5");
  await expect(page.locator('textarea[name="note.requirements"]')).toHaveValue("Clear latency budget.");
  await expect(page.getByLabel("Overall comment")).toHaveValue("First reviewer: thorough on serving and labels.");
  await submitGrade(page);
  await expect(page.getByText("The answer's grade is pending")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Other reviewers' grades" })).toHaveCount(0);
  await expect(page.locator('input[name="points.requirements"]')).toHaveCount(0); // read-only now

  // second reviewer: sees nothing of the first grade until submitting their own
  await actAs(context, baseURL!, second.id);
  await claimFromQueue(page, answerId);
  await expect(page.getByRole("heading", { name: "Your grade" })).toBeVisible();
  await expect(page.getByText("First reviewer: thorough")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Other reviewers' grades" })).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(candidate.name);
  await grade(page, [1, 1, 1, 1, 1, 0.5], "Second reviewer: too thin.");
  await submitGrade(page);
  await expect(page.getByRole("heading", { name: "Other reviewers' grades" })).toBeVisible();
  await expect(page.getByText("First reviewer: thorough on serving and labels.")).toBeVisible();
  await expect(page.getByText(/pending: adjudication 0 of 1/)).toBeVisible();
  expect((await prisma.answer.findUniqueOrThrow({ where: { id: answerId } })).gradedBy).toBeNull();

  // the first two cannot adjudicate; a third reviewer can
  await actAs(context, baseURL!, first.id);
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-answer="${answerId}"]`)).toHaveCount(0);
  await actAs(context, baseURL!, third.id);
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-answer="${answerId}"]`)).toContainText("Adjudication");
  await claimFromQueue(page, answerId);
  await expect(page.getByText("Second reviewer: too thin.")).toHaveCount(0);
  await grade(page, [3, 3.5, 4, 4, 3.5, 2], "Third reviewer: strong answer."); // 20 of 22, closest to the first's 21
  await submitGrade(page);
  await expect(page.getByText("Final grade: 93%")).toBeVisible();
  const answer = await prisma.answer.findUniqueOrThrow({ where: { id: answerId } });
  expect(answer).toMatchObject({ gradedBy: "reviewer", status: "graded" });
  expect(answer.score).toBeCloseTo(20.5 / 22);
  expect(answer.points).toBeCloseTo((20.5 / 22) * 10);

  // the manager may ask for one regrade of their candidate's answer
  await actAs(context, baseURL!, manager.id);
  const regrade = await page.request.post(`/answers/${answerId}/regrade`, { form: { reason: "The candidate's monitoring plan deserves another look." } });
  expect(regrade.status()).toBe(200);
  const again = await page.request.post(`/answers/${answerId}/regrade`, { form: { reason: "And one more time, please." } });
  expect(again.status()).toBe(409);

  // the admin sees every grade and the history
  await actAs(context, baseURL!, admin.id);
  await page.goto(`/reviews/${answerId}`);
  await expect(page.getByRole("heading", { name: "Grade history" })).toBeVisible();
  await expect(page.getByText(/adjudicated: mean of the two closest reviews/)).toBeVisible();
  await expect(page.getByText(/Regrade requested .*waiting for a reviewer/)).toBeVisible();
  await expect(page.getByText("Second reviewer: too thin.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/reviews/agreement");
  await expect(page.getByRole("heading", { name: "Reviewer agreement" })).toBeVisible();
  await expect(page.getByTestId("overall-alpha")).toHaveText(/^-?\d\.\d{3}$/);
  await expect(page.getByRole("cell", { name: TITLE }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: first.name })).toBeVisible();
  await expectAccessible(page);
});

test("a practice answer's reviewer grade replaces the self-assessment; the candidate's regrade goes to another reviewer", async ({ page, context, baseURL }) => {
  const candidate = await person(["candidate"]);
  const [grader, regrader] = [await person(["reviewer"]), await person(["reviewer"])];
  const { answerId, roundId } = await createPracticeAnswer({ candidateId: candidate.id, questionId: DESIGN, text: "A short practice design answer." });

  await actAs(context, baseURL!, grader.id);
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-answer="${answerId}"]`)).toContainText("0 of 1");
  await claimFromQueue(page, answerId);
  await grade(page, [1.5, 2, 2, 2.5, 2, 1], "Decent outline, little depth."); // 11 of 22
  await submitGrade(page);

  await actAs(context, baseURL!, candidate.id);
  await page.goto(`/practice/rounds/${roundId}/results`);
  await expect(page.getByText("50% (reviewed)")).toBeVisible();
  await expect(page.getByText("Graded by a reviewer: this grade replaces your self-assessment.")).toBeVisible();
  await page.goto("/practice/scores");
  await expect(page.getByText("(1 graded by a reviewer)").first()).toBeVisible();

  await page.goto(`/practice/rounds/${roundId}/results`);
  await page.getByText("Ask for a regrade").click();
  const tooShort = await page.request.post(`/answers/${answerId}/regrade`, { form: { reason: "short" } });
  expect(tooShort.status()).toBe(400);
  expect(await tooShort.text()).toContain("at least 10 characters");
  await page.getByLabel("Why should this grade be looked at again?").fill("My answer covers delayed labels, which the grade missed.");
  await page.getByRole("button", { name: "Request regrade" }).click();
  await expect(page.getByText(/Regrade requested/)).toBeVisible();
  await expectAccessible(page);

  // the first grader has nothing more to do; another reviewer regrades
  await actAs(context, baseURL!, grader.id);
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-answer="${answerId}"]`)).toHaveCount(0);
  await actAs(context, baseURL!, regrader.id);
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-answer="${answerId}"]`)).toContainText("Regrade");
  await claimFromQueue(page, answerId);
  await grade(page, [2.5, 3, 3, 3.5, 3, 1.5], "On a second look, stronger than graded."); // 16.5 of 22
  await submitGrade(page);

  await actAs(context, baseURL!, candidate.id);
  await page.goto(`/practice/rounds/${roundId}/results`);
  await expect(page.getByText("75% (reviewed)")).toBeVisible();
  await expect(page.getByText(/Regraded by another reviewer/)).toBeVisible();
  const history = await prisma.gradeHistory.findMany({ where: { answerId }, orderBy: { createdAt: "asc" } });
  expect(history.map((h) => [h.reason, h.score])).toEqual([
    ["mean", 0.5],
    ["regrade", 0.75],
  ]);
});

test("a new reviewer calibrates before the queue opens; admins see calibration error and can waive it", async ({ page, context, baseURL }) => {
  const candidate = await person(["candidate"]);
  const { answerId } = await createPracticeAnswer({ candidateId: candidate.id, questionId: DESIGN, text: "An answer waiting in the queue." });
  const fresh = await person(["reviewer"], { calibrated: false });
  const other = await person(["reviewer"], { calibrated: false });
  const admin = await person(["admin"]);

  await actAs(context, baseURL!, fresh.id);
  await page.goto("/reviews");
  await expect(page.getByText(/Before the queue opens to you, grade 3 more calibration answers/)).toBeVisible();
  await expect(page.locator(`tr[data-answer="${answerId}"]`)).toContainText("Calibrate first");
  const refused = await page.request.post("/reviews", { form: { intent: "claim", answerId } });
  expect(refused.status()).toBe(403);

  await page.getByRole("link", { name: "start calibration" }).click();
  await expect(page.getByRole("heading", { name: "Calibration", level: 1 })).toBeVisible();
  await expectAccessible(page);
  for (let i = 0; i < 3; i++) {
    const inputs = page.locator('input[name^="points."]');
    await expect(inputs.first()).toBeVisible();
    for (const input of await inputs.all()) await input.fill("1");
    await page.getByRole("button", { name: "Submit and compare" }).click();
    await expect(page.getByRole("heading", { name: /how your grade compares/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Reference" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Why the reference grade" })).toBeVisible();
    if (i === 0) await expectAccessible(page);
    await page.getByRole("link", { name: "Next calibration answer →" }).click();
  }
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-answer="${answerId}"]`).getByRole("button", { name: /Claim/ })).toBeVisible();

  await actAs(context, baseURL!, admin.id);
  await page.goto("/reviews/admin");
  const freshRow = page.getByRole("row", { name: new RegExp(fresh.name) });
  await expect(freshRow).toContainText("Calibrated");
  await expect(freshRow.getByRole("cell").nth(2)).toHaveText(/^\d+\.\d\d$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Waive calibration for ${other.name}` }).click();
  await expect(page.getByText("Calibration waived")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(other.name) })).toContainText("Waived");

  // thresholds: a bad value is refused with a message, a good one is kept
  await page.getByLabel(/Total difference/).fill("0");
  await page.getByLabel(/Total difference/).evaluate((el: HTMLInputElement) => el.removeAttribute("min"));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").first()).toContainText("at least 1%");
  await page.getByLabel(/Total difference/).fill("20");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
});

test("grading pages answer 404 to users without the reviewer role, for GET and POST", async ({ page, context, baseURL }) => {
  const candidate = await person(["candidate"]);
  const manager = await person(["hiring-manager"]);
  const reviewer = await person(["reviewer"]);
  const { answerId } = await createPracticeAnswer({ candidateId: candidate.id, questionId: DESIGN, text: "An answer." });
  const reviewerPages = ["/reviews", `/reviews/${answerId}`, "/reviews/calibration", "/reviews/agreement", "/reviews/admin"];
  for (const user of [candidate, manager]) {
    await actAs(context, baseURL!, user.id);
    for (const path of reviewerPages) {
      expect((await page.request.get(path)).status(), `GET ${path}`).toBe(404);
      expect((await page.request.post(path, { form: { intent: "claim", answerId } })).status(), `POST ${path}`).toBe(404);
    }
  }
  await actAs(context, baseURL!, reviewer.id);
  // a bad filter is the reviewer's mistake: a 400 with a message, not a 500
  const badFilter = await page.request.get("/reviews?stage=nonsense");
  expect(badFilter.status()).toBe(400);
  expect(await badFilter.text()).toContain("Unknown stage");
  // grades out of range are refused with a message; nothing is saved
  expect((await page.request.post("/reviews", { form: { intent: "claim", answerId } })).status()).toBe(200);
  const outOfRange = await page.request.post(`/reviews/${answerId}`, { form: { intent: "submit", "points.requirements": "9", comment: "" } });
  expect(outOfRange.status()).toBe(400);
  expect(await outOfRange.text()).toContain("from 0 to 3 in half-point steps");
  expect(await prisma.review.count({ where: { answerId, status: "submitted" } })).toBe(0);
  for (const path of ["/reviews/agreement", "/reviews/admin"]) {
    expect((await page.request.get(path)).status(), `GET ${path}`).toBe(404);
    expect((await page.request.post(path, { form: { intent: "waive", userId: reviewer.id } })).status(), `POST ${path}`).toBe(404);
  }
  // the regrade route: no page, and nobody's but the owner's to post
  expect((await page.request.get(`/answers/${answerId}/regrade`)).status()).toBe(404);
  await actAs(context, baseURL!, manager.id);
  expect((await page.request.post(`/answers/${answerId}/regrade`, { form: { reason: "Not my candidate at all." } })).status()).toBe(404);
  // the candidate cannot grade their own answer even as a reviewer
  const both = await person(["candidate", "reviewer"]);
  const own = await createPracticeAnswer({ candidateId: both.id, questionId: DESIGN, text: "My own answer." });
  await actAs(context, baseURL!, both.id);
  expect((await page.request.post("/reviews", { form: { intent: "claim", answerId: own.answerId } })).status()).toBe(403);
  expect((await page.request.get(`/reviews/${own.answerId}`)).status()).toBe(404);
});
