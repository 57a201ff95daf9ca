import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import crypto from "node:crypto";
import { newInviteToken } from "../../app/assessments/tokens.server";
import { createUser } from "../../app/auth/auth.server";
import { createSessionCookie } from "../../app/auth/session.server";
import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { createRound, solution } from "./round-fixtures";

const CODING = "balanced-brackets";
const DESIGN = "fraud-detection-pipeline";
const tag = () => crypto.randomBytes(4).toString("hex");

async function axe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations).toEqual([]);
}

/** A page in its own browser context, signed in as a new user with these roles. */
async function signedIn(browser: Browser, baseURL: string, roles: ("hiring-manager" | "candidate" | "reviewer" | "admin")[]) {
  const user = await createUser({ email: `${roles[0]}-${tag()}@e2e.test`, name: `E2E ${roles[0]} ${tag()}`, password: "e2e password long", roles });
  const context = await browser.newContext({ baseURL });
  const [pair] = (await createSessionCookie(user.id)).split(";");
  const [name, ...rest] = pair.split("=");
  await context.addCookies([{ name, value: rest.join("="), url: baseURL }]);
  return { user, page: await context.newPage() };
}

async function publishedAssessment(ownerId: string) {
  const versions = await Promise.all([CODING, DESIGN].map(async (id) => (await prisma.question.findUniqueOrThrow({ where: { id } })).currentVersionId!));
  return prisma.assessment.create({
    data: {
      ownerId,
      title: `Brackets and fraud ${tag()}`,
      track: "mid",
      durationMinutes: 60,
      status: "published",
      publishedAt: new Date(),
      questions: { create: versions.map((v, i) => ({ questionVersionId: v, position: i + 1, points: 1 })) },
    },
    include: { questions: true },
  });
}

/** An attempt someone else already submitted, with this Python code as its coding answer. */
async function submittedAttempt(assessment: Awaited<ReturnType<typeof publishedAssessment>>, name: string, code: string) {
  const candidate = await createUser({ email: `${name.toLowerCase()}-${tag()}@e2e.test`, name, password: "e2e password long", roles: ["candidate"] });
  const round = await prisma.round.create({
    data: {
      userId: candidate.id,
      assessmentId: assessment.id,
      track: "mid",
      gradingMode: "end",
      startedAt: new Date(Date.now() - 30 * 60_000),
      deadlineAt: new Date(Date.now() + 30 * 60_000),
      finishedAt: new Date(),
      questions: { create: assessment.questions.map((q) => ({ questionVersionId: q.questionVersionId, position: q.position })) },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  await prisma.answer.create({
    data: {
      roundId: round.id,
      roundQuestionId: round.questions[0].id,
      userId: candidate.id,
      questionVersionId: round.questions[0].questionVersionId,
      response: JSON.stringify({ language: "python", code }),
      status: "draft",
    },
  });
  await prisma.assessmentInvite.create({
    data: { assessmentId: assessment.id, email: candidate.email, name, tokenHash: newInviteToken().tokenHash, candidateId: candidate.id, expiresAt: new Date(Date.now() + 86_400_000), roundId: round.id },
  });
}

async function monacoReady(page: Page) {
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor", "monaco", { timeout: 20_000 });
}

async function setCode(page: Page, code: string) {
  await monacoReady(page);
  await page.evaluate((text) => {
    type Editor = { getModel(): { setValue(v: string): void } };
    (window as unknown as { monaco: { editor: { getEditors(): Editor[] } } }).monaco.editor.getEditors()[0].getModel().setValue(text);
  }, code);
}

const integrityPost = (page: Page, contains: string) =>
  page.waitForRequest((r) => r.url().endsWith("/integrity") && r.method() === "POST" && (r.postData() ?? "").includes(contains), { timeout: 20_000 });

test("a candidate's pastes, time away and edits reach the owner's timeline and playback, and nothing else", async ({ page, context, browser, baseURL, loginAs }) => {
  const owner = await signedIn(browser, baseURL!, ["hiring-manager"]);
  const assessment = await publishedAssessment(owner.user.id);
  const account = await loginAs(["candidate"]);
  const { token, tokenHash } = newInviteToken();
  const invite = await prisma.assessmentInvite.create({
    data: { assessmentId: assessment.id, email: account.email, tokenHash, expiresAt: new Date(Date.now() + 86_400_000), sentAt: new Date() },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // the browser's clock is faked so time away can pass without waiting for it
  await page.clock.install();

  // the start page says what is recorded; nothing is before Start
  await page.goto(`/invite/${token}`);
  const recorded = page.getByTestId("recorded-signals");
  await expect(recorded).toContainText("Pastes into your answers: how many characters");
  await expect(recorded).toContainText("loses focus");
  await expect(recorded).toContainText("played back");
  await axe(page);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/practice\/rounds\/[^/]+$/);
  const roundId = page.url().split("/").pop()!;
  // the server's clock: the attempt began ten minutes ago, so a 3-minute absence fits inside it
  await prisma.round.update({ where: { id: roundId }, data: { startedAt: new Date(Date.now() - 10 * 60_000) } });

  // a first version of the code, typed and recorded
  const first = "def is_balanced(code):\n    first_try = len(code)\n    return first_try % 2 == 0\n";
  const firstSent = integrityPost(page, "first_try");
  await setCode(page, first);
  await firstSent;

  // a paste of 52 characters into the editor
  const pasted = "# pasted helper line that is exactly fifty-two chars";
  expect(pasted).toHaveLength(52);
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  await page.locator(".monaco-editor textarea").focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  const pasteSent = integrityPost(page, '"chars":52');
  await page.keyboard.press("ControlOrMeta+V");
  await pasteSent;

  // away from the page for 3 min 10 s by the browser's clock
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.evaluate(() => window.dispatchEvent(new Event("blur")));
  await page.clock.fastForward("03:10");
  const backSent = integrityPost(page, '"type":"back"');
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await page.clock.resume();
  await backSent;

  // the final version, graded
  await setCode(page, solution(CODING, "reference.py"));
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByTestId("results-submit")).toContainText("Hidden tests:", { timeout: 30_000 });

  // a paste into the written answer
  await page.getByRole("link", { name: "Next question →" }).click();
  const written = "Features: amount, merchant, device; a gradient-boosted model scores each payment.";
  await page.evaluate((text) => navigator.clipboard.writeText(text), written);
  await page.getByLabel(/Your answer/).focus();
  const textPaste = integrityPost(page, `"chars":${written.length}`);
  await page.keyboard.press("ControlOrMeta+V");
  await expect(page.getByLabel(/Your answer/)).toHaveValue(written);
  await textPaste;

  await page.getByRole("button", { name: "Finish round" }).click();
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page.getByRole("heading", { name: "Submitted, thank you" })).toBeVisible();
  // the candidate's own page shows nothing of what was recorded
  await expect(page.locator("main")).not.toContainText(/Pasted|Away for|Playback/);

  // the owner sees the observations and plays the code back
  const o = owner.page;
  await o.goto(`/assessments/${assessment.id}/results/${invite.id}`);
  const signals = o.getByTestId("attempt-signals");
  const codingRow = signals.getByTestId("timeline-row").filter({ hasText: "Balanced brackets" });
  await expect(codingRow).toContainText(/Pasted 52 characters at \d\d:\d\d:\d\d UTC/);
  await expect(codingRow).toContainText(/Away for 3 min 1\d s/);
  await expect(signals.getByTestId("timeline-row").nth(1)).toContainText(`Pasted ${written.length} characters`);

  const playback = signals.getByTestId("playback").first();
  const scrubber = playback.getByLabel("Point in the history of answer 1");
  const code = playback.getByTestId("playback-code");
  await expect(code).toContainText("return not stack"); // starts on the graded version
  // (until the page has hydrated, a key moves only the native slider)
  await expect(async () => {
    await scrubber.focus();
    await o.keyboard.press("Home");
    await expect(playback.getByTestId("playback-position")).toContainText("Empty", { timeout: 1_000 });
  }).toPass();
  await expect(code).toHaveText("");
  let found = false;
  for (let step = 0; step < 20 && !found; step++) {
    await o.keyboard.press("ArrowRight");
    found = (await code.innerText()).includes("first_try = len(code)");
  }
  expect(found, "an earlier version of the code is shown while scrubbing").toBe(true);
  await expect(code).not.toContainText("return not stack");
  await playback.getByRole("button", { name: "Play" }).click();
  await expect(playback.getByTestId("playback-position")).toContainText("Graded version", { timeout: 30_000 });
  await expect(code).toContainText("return not stack");
  await expect(o.locator("main")).not.toContainText(/cheat|suspicious/i);
  // the new section of the page (the rest of it belongs to the results work and its own checks)
  await axe(o, '[data-testid="attempt-signals"]');

  // nobody else sees it: another manager, a reviewer, the candidate
  for (const roles of [["hiring-manager"], ["reviewer"], ["candidate"]] as const) {
    const other = await signedIn(browser, baseURL!, [...roles]);
    for (const path of [`/assessments/${assessment.id}/results/${invite.id}`, `/assessments/${assessment.id}/similarity`]) {
      expect((await other.page.request.get(path)).status(), `GET ${path} as ${roles[0]}`).toBe(404);
      expect((await other.page.request.post(path, { form: { intent: "extend", minutes: "5" } })).status(), `POST ${path} as ${roles[0]}`).toBe(404);
    }
    // nobody records into someone else's attempt
    const foreign = await other.page.request.post(`/rounds/${roundId}/integrity`, { data: { sentAt: Date.now(), events: [{ type: "away", at: Date.now() }] } });
    expect(foreign.status()).toBe(404);
  }
  // an admin may look
  const admin = await signedIn(browser, baseURL!, ["admin"]);
  expect((await admin.page.request.get(`/assessments/${assessment.id}/similarity`)).status()).toBe(200);
  expect((await admin.page.request.get(`/assessments/${assessment.id}/results/${invite.id}`)).status()).toBe(200);
  expect((await page.request.get(`/assessments/${assessment.id}/results/${invite.id}`)).status()).toBe(404);
  expect((await page.request.get(`/assessments/${assessment.id}/similarity`)).status()).toBe(404);
  // and the finished attempt records nothing more
  const late = await page.request.post(`/rounds/${roundId}/integrity`, { data: { sentAt: Date.now(), events: [{ type: "away", at: Date.now() }] } });
  expect(late.status()).toBe(409);
  // and a malformed batch is a 400 with a message, not a 500
  const garbled = await page.request.post(`/rounds/${roundId}/integrity`, { data: "{not json", headers: { "Content-Type": "application/json" } });
  expect(garbled.status()).toBe(400);
  const wrongShape = await page.request.post(`/rounds/${roundId}/integrity`, { data: { sentAt: Date.now(), events: [{ type: "keystrokes", at: 1 }] } });
  expect(wrongShape.status()).toBe(400);
});

test("a practice round records nothing", async ({ page, loginAs }) => {
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [CODING], { seconds: 30 * 60 });
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/integrity")) sent.push(r.url());
  });
  await page.clock.install();
  await page.goto(`/practice/rounds/${roundId}`);
  await setCode(page, "def is_balanced(code):\n    return True\n");
  await page.evaluate(() => window.dispatchEvent(new Event("blur")));
  // every timer of the page fires: an autosave goes out, a recorder's flush would too
  const saved = page.waitForResponse((r) => r.url().includes(`/practice/rounds/${roundId}`) && r.request().method() === "POST");
  await page.clock.fastForward("00:30");
  await saved;
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  expect(sent).toEqual([]);
  expect(await prisma.integrityEvent.count({ where: { roundId } })).toBe(0);
  expect(await prisma.answerSnapshot.count({ where: { roundId } })).toBe(0);
  // and the endpoint refuses a practice round outright
  const refused = await page.request.post(`/rounds/${roundId}/integrity`, { data: { sentAt: Date.now(), events: [{ type: "away", at: Date.now() }] } });
  expect(refused.status()).toBe(404);
});

test("the similarity page lists two near-identical submissions and shows them side by side", async ({ browser, baseURL }) => {
  const owner = await signedIn(browser, baseURL!, ["hiring-manager"]);
  const assessment = await publishedAssessment(owner.user.id);
  const reference = solution(CODING, "reference.py");
  await submittedAttempt(assessment, "Ada", reference);
  await submittedAttempt(assessment, "Grace", reference.replace(/stack/g, "pile").replace(/partner/g, "closing_of"));
  await submittedAttempt(assessment, "Linus", solution(CODING, "wrong-counters.py"));

  const o = owner.page;
  await o.goto(`/assessments/${assessment.id}/results`);
  await o.getByRole("link", { name: "Code similarity" }).click();
  const rows = o.getByTestId("similarity-pair-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Ada and Grace");
  await expect(rows.first()).toContainText("100%");
  await axe(o);
  await rows.first().getByRole("link", { name: /Side by side/ }).click();
  const pair = o.getByTestId("similarity-pair");
  await expect(pair.getByRole("heading")).toContainText("Ada and Grace, 100% shared");
  await expect(pair.locator("mark").filter({ hasText: "pile.append(ch)" })).toHaveCount(1);
  await axe(o);
  // a threshold that is not a percentage is refused with a 400, not a 500
  expect((await o.request.get(`/assessments/${assessment.id}/similarity?min=abc`)).status()).toBe(400);
});
