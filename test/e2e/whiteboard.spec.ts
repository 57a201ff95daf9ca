import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import crypto from "node:crypto";
import { createUser } from "../../app/auth/auth.server";
import type { RoleName } from "../../app/auth/roles";
import { createSessionCookie } from "../../app/auth/session.server";
import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { waiveCalibration } from "./review-fixtures";
import { createAssessment, startAttempt } from "./assessment-fixtures";
import { createRound, moveDeadline } from "./round-fixtures";

// a design question without a starting diagram, and one with
const BLANK = "ads-ctr-prediction";
const STARTING = "fraud-detection-pipeline";
const HOSTILE = "<img src=x onerror=alert(1)>";

async function person(roles: RoleName[]) {
  const tag = crypto.randomBytes(4).toString("hex");
  const user = await createUser({ email: `${roles[0]}-${tag}@e2e.test`, name: `Whiteboard ${roles[0]} ${tag}`, password: `password ${tag}`, roles });
  if (roles.includes("reviewer")) await waiveCalibration(user.id);
  return user;
}

/** One page for every user, so the offline guard watches everything. */
async function actAs(context: BrowserContext, baseURL: string, userId: string) {
  await context.clearCookies();
  const [pair] = (await createSessionCookie(userId)).split(";");
  const [name, ...rest] = pair.split("=");
  await context.addCookies([{ name, value: rest.join("="), url: baseURL }]);
}

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(found, `accessibility violations on ${what}`).toEqual([]);
}

/**
 * The whiteboard's drawing surface, once Excalidraw has loaded. Positions are relative to its
 * top-left corner; the left 280 pixels hold Excalidraw's style panel while a tool is picked.
 */
async function canvas(page: Page): Promise<{ at: (x: number, y: number) => { x: number; y: number } }> {
  const surface = page.locator(".whiteboard .excalidraw canvas.interactive");
  await expect(surface).toBeVisible({ timeout: 30_000 });
  // the page's sticky header must not cover Excalidraw's toolbar
  await page.locator(".whiteboard-canvas").evaluate((el) => el.scrollIntoView({ block: "end" }));
  const box = (await surface.boundingBox())!;
  return { at: (x, y) => ({ x: box.x + x, y: box.y + y }) };
}

/** Picks a drawing tool from Excalidraw's toolbar (its radio input sits under the icon). */
async function tool(page: Page, name: "rectangle" | "ellipse" | "diamond" | "arrow" | "text") {
  await page.locator("label", { has: page.getByTestId(`toolbar-${name}`) }).click();
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

async function typeLabel(page: Page, at: { x: number; y: number }, text: string) {
  await tool(page, "text");
  await page.mouse.click(at.x, at.y);
  const editor = page.locator("textarea.excalidraw-wysiwyg");
  await expect(editor).toBeVisible();
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
}

function diagramStatus(page: Page): Locator {
  return page.locator(".whiteboard .save-status");
}

async function roundQuestionId(roundId: string) {
  return (await prisma.roundQuestion.findFirstOrThrow({ where: { roundId } })).id;
}

test("a candidate draws the architecture; it survives a reload, locks with the round, and the results page and a blind reviewer see it as an image", async ({
  page,
  context,
  baseURL,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const candidate = await person(["candidate"]);
  await actAs(context, baseURL!, candidate.id);
  const roundId = await createRound(candidate.email, [BLANK], { seconds: 1800, grading: "end" });
  await page.goto(`/practice/rounds/${roundId}`);
  const text = page.getByLabel(/Your answer/);
  await text.fill("Two-tower retrieval, then a ranking model fed by a feature store.");

  // keys typed in the text answer stay there: Excalidraw's shortcuts (r = rectangle) act only inside the board
  await expect(page.getByTestId("toolbar-selection")).toBeChecked({ timeout: 30_000 });
  await text.press("End");
  await text.pressSequentially(" Rerank.");
  await expect(text).toHaveValue(/Rerank\.$/);
  await expect(page.getByTestId("toolbar-rectangle")).not.toBeChecked();
  await expect(page.getByTestId("toolbar-selection")).toBeChecked();

  const board = await canvas(page);
  await tool(page, "rectangle");
  await drag(page, board.at(400, 120), board.at(560, 200));
  await tool(page, "arrow");
  await drag(page, board.at(620, 160), board.at(780, 160));
  await typeLabel(page, board.at(840, 140), "Feature store");
  await typeLabel(page, board.at(420, 330), HOSTILE);

  const summary = page.getByTestId("diagram-summary");
  await expect(summary).toContainText("1 rectangle");
  await expect(summary).toContainText("1 arrow");
  await expect(summary).toContainText(`Labels: Feature store · ${HOSTILE}`);
  await expect(diagramStatus(page)).toHaveText(/Draft saved/, { timeout: 15_000 });
  await expectAccessible(page, "the round page with the whiteboard");

  // stored once for the answer, updated in place, with nothing naming the candidate
  const stored = await prisma.answerDiagram.findMany({ where: { answer: { roundId } } });
  expect(stored).toHaveLength(1);
  expect(stored[0].scene).not.toContain(candidate.name);
  expect((JSON.parse(stored[0].scene) as { elements: { type: string }[] }).elements.map((e) => e.type).sort()).toEqual(["arrow", "rectangle", "text", "text"]);

  await page.reload();
  await canvas(page);
  await expect(summary).toContainText("1 rectangle");
  await expect(summary).toContainText("1 arrow");
  await expect(summary).toContainText(`Labels: Feature store · ${HOSTILE}`);

  // the clock runs out: the answer, drawing included, is locked
  await moveDeadline(roundId, -60_000);
  // (the data endpoint: the page itself would redirect to the results)
  const late = await page.request.post(`/practice/rounds/${roundId}.data?index`, {
    form: { intent: "save-diagram", question: await roundQuestionId(roundId), scene: JSON.stringify({ elements: [] }) },
  });
  expect(late.status()).toBe(409);
  expect(await late.text()).toContain("Time is up");
  await page.goto(`/practice/rounds/${roundId}/results`);
  await expect(page).toHaveURL(/\/results$/);
  const figure = page.getByTestId("diagram");
  await expect(figure.getByRole("img", { name: "Your diagram" })).toBeVisible({ timeout: 30_000 });
  await expect(figure.locator("svg text").filter({ hasText: "Feature store" })).toHaveCount(1);
  await expect(figure.locator("svg text").filter({ hasText: HOSTILE })).toHaveCount(1);
  await expect(figure.locator("img")).toHaveCount(0);
  await figure.getByRole("button", { name: "Open the diagram full size" }).click();
  const full = page.getByRole("dialog", { name: "Your diagram" });
  await expect(full).toBeVisible();
  await expect(full.getByRole("button", { name: "Close" })).toBeFocused();
  await full.getByRole("group", { name: /full size/ }).focus();
  const zoom = full.getByText(/\d+%$/);
  const before = await zoom.textContent();
  await page.keyboard.press("+");
  await expect(zoom).not.toHaveText(before!);
  await page.keyboard.press("Escape");
  await expect(full).toBeHidden();
  const stillThere = await prisma.answerDiagram.findFirstOrThrow({ where: { answer: { roundId } } });
  expect(stillThere.scene).toBe(stored[0].scene);

  // a reviewer grades it blind: the drawing, never who drew it
  const answer = await prisma.answer.findFirstOrThrow({ where: { roundId } });
  await prisma.answer.update({ where: { id: answer.id }, data: { reviewRequestedAt: new Date() } });
  const reviewer = await person(["reviewer"]);
  await actAs(context, baseURL!, reviewer.id);
  await page.goto("/reviews");
  await page.locator(`tr[data-answer="${answer.id}"]`).getByRole("button", { name: /Claim/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${answer.id}$`));
  const seen = page.getByTestId("diagram");
  await expect(seen.getByRole("img", { name: "The answer's diagram" })).toBeVisible({ timeout: 30_000 });
  await expect(seen.locator("svg text").filter({ hasText: "Feature store" })).toHaveCount(1);
  await expect(seen.locator("svg text").filter({ hasText: HOSTILE })).toHaveCount(1);
  await expect(page.locator("main img")).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(candidate.name);
  expect(html).not.toContain(candidate.email);
  await expectAccessible(page, "the grading screen with a diagram");
  await seen.getByRole("button", { name: "Open the diagram full size" }).click();
  await expect(page.getByRole("dialog", { name: "The answer's diagram" })).toBeVisible();
  await expectAccessible(page, "the full-size diagram");
  expect(dialogs).toEqual([]);
});

test("an oversized or image-bearing scene is refused with a message and the last good drawing stays", async ({ page, context, baseURL }) => {
  const candidate = await person(["candidate"]);
  await actAs(context, baseURL!, candidate.id);
  const roundId = await createRound(candidate.email, [BLANK], { seconds: 1800, grading: "end" });
  await page.goto(`/practice/rounds/${roundId}`);
  const board = await canvas(page);
  await tool(page, "ellipse");
  await drag(page, board.at(450, 150), board.at(600, 260));
  await expect(diagramStatus(page)).toHaveText(/Draft saved/, { timeout: 15_000 });
  const good = (await prisma.answerDiagram.findFirstOrThrow({ where: { answer: { roundId } } })).scene;

  const question = await roundQuestionId(roundId);
  const label = (i: number) => ({ id: `t${i}`, type: "text", x: i, y: 0, width: 10, height: 10, text: "x".repeat(4000) });
  const oversized = JSON.stringify({ elements: Array.from({ length: 300 }, (_, i) => label(i)), appState: {} });
  expect(oversized.length).toBeGreaterThan(1024 * 1024);
  const big = await page.request.post(`/practice/rounds/${roundId}?index`, { form: { intent: "save-diagram", question, scene: oversized } });
  expect(big.status()).toBe(400);
  expect(await big.text()).toContain("The diagram is over 1 MB");

  const image = JSON.stringify({ elements: [{ id: "i1", type: "image", x: 0, y: 0, width: 10, height: 10, fileId: "f1" }], files: { f1: { dataURL: "data:image/png;base64,AAAA" } } });
  const refused = await page.request.post(`/practice/rounds/${roundId}?index`, { form: { intent: "save-diagram", question, scene: image } });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("Images are not allowed on the whiteboard");

  expect((await prisma.answerDiagram.findFirstOrThrow({ where: { answer: { roundId } } })).scene).toBe(good);
  await page.reload();
  await canvas(page);
  await expect(page.getByTestId("diagram-summary")).toHaveText(/In the diagram: 1 ellipse\./);
});

test("a question's starting diagram is drawn first; Reset diagram asks in a dialog and brings it back", async ({ page, context, baseURL }) => {
  const candidate = await person(["candidate"]);
  await actAs(context, baseURL!, candidate.id);
  const roundId = await createRound(candidate.email, [STARTING], { seconds: 1800, grading: "end" });
  await page.goto(`/practice/rounds/${roundId}`);
  const board = await canvas(page);
  const summary = page.getByTestId("diagram-summary");
  await expect(summary).toContainText("Labels: Starting point");
  const start = await summary.textContent();
  await tool(page, "diamond");
  await drag(page, board.at(1010, 330), board.at(1120, 420));
  await expect(summary).not.toHaveText(start!);
  await expect(diagramStatus(page)).toHaveText(/Draft saved/, { timeout: 15_000 });

  await page.getByRole("button", { name: "Reset diagram" }).click();
  const ask = page.getByRole("dialog", { name: "Reset the diagram?" });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole("button", { name: "Keep my diagram" })).toBeFocused();
  await expectAccessible(page, "the reset dialog");
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(summary).not.toHaveText(start!);

  await page.getByRole("button", { name: "Reset diagram" }).click();
  await ask.getByRole("button", { name: "Yes, reset the diagram" }).click();
  await expect(summary).toHaveText(start!);
  await expect(diagramStatus(page)).toHaveText(/Draft saved/, { timeout: 15_000 });
  await page.reload();
  await canvas(page);
  await expect(summary).toHaveText(start!);
});

test("an assessment's owner sees the candidate's drawing on the per-candidate results page", async ({ page, context, baseURL }) => {
  const manager = await person(["hiring-manager"]);
  const candidate = await person(["candidate"]);
  const assessment = await createAssessment(manager.email, [{ id: BLANK, points: 10 }]);
  const attempt = await startAttempt(assessment.id, candidate.email, candidate.name);
  await actAs(context, baseURL!, candidate.id);
  await page.goto(`/practice/rounds/${attempt.roundId}`);
  const board = await canvas(page);
  await tool(page, "rectangle");
  await drag(page, board.at(400, 120), board.at(560, 200));
  await typeLabel(page, board.at(700, 140), "Ranker");
  await expect(page.getByTestId("diagram-summary")).toContainText("Labels: Ranker");
  await expect(diagramStatus(page)).toHaveText(/Draft saved/, { timeout: 15_000 });

  // the clock runs out with only a drawing in the answer: it still counts as answered
  await moveDeadline(attempt.roundId, -60_000);
  await actAs(context, baseURL!, manager.id);
  await page.goto(`/assessments/${assessment.id}/results/${attempt.inviteId}`);
  const design = page.locator('article[data-kind="design"]');
  await expect(design.getByRole("img", { name: "The candidate's diagram" })).toBeVisible({ timeout: 30_000 });
  await expect(design.locator("svg text").filter({ hasText: "Ranker" })).toHaveCount(1);
});

test("a drawing alone answers a design question: Submit is enabled by it and saves it first, and Finish does not list it as unanswered", async ({
  page,
  context,
  baseURL,
}) => {
  const candidate = await person(["candidate"]);
  await actAs(context, baseURL!, candidate.id);
  const roundId = await createRound(candidate.email, [BLANK, STARTING], { seconds: 1800, grading: "end" });
  // the whiteboard's own autosaves never reach the server: only Submit can carry the drawing
  await page.route(`**/practice/rounds/${roundId}**`, (route) =>
    route.request().method() === "POST" && route.request().postData()?.includes("save-diagram") ? route.abort() : route.fallback(),
  );
  await page.goto(`/practice/rounds/${roundId}`);
  const submit = page.getByRole("button", { name: "Submit answer" });
  const board = await canvas(page);
  await expect(submit).toBeDisabled();
  const finishList = async () => {
    await page.getByRole("button", { name: "Finish round" }).click();
    const list = page.getByTestId("unanswered");
    await expect(list).toBeVisible();
    const items = await list.getByRole("listitem").allTextContents();
    await page.getByRole("button", { name: "Keep going" }).click();
    return items;
  };
  expect(await finishList()).toHaveLength(2);

  await tool(page, "rectangle");
  await drag(page, board.at(400, 120), board.at(560, 200));
  await expect(page.getByTestId("diagram-summary")).toContainText("1 rectangle");
  await expect(submit).toBeEnabled();
  // drawn but not saved yet: already an answer as far as finishing is concerned
  expect(await finishList()).toEqual([expect.stringMatching(/^2\. /)]);

  await submit.click();
  await expect(page.getByText("Answer submitted.")).toBeVisible();
  const answer = await prisma.answer.findFirstOrThrow({ where: { roundId, roundQuestion: { position: 1 } }, include: { diagram: true } });
  expect(answer.status).toBe("submitted");
  expect((JSON.parse(answer.diagram!.scene) as { elements: { type: string }[] }).elements.map((e) => e.type)).toEqual(["rectangle"]);

  // after a reload the page data says the same
  await page.unrouteAll();
  await page.reload();
  await canvas(page);
  await expect(page.getByRole("button", { name: /Submit/ })).toBeEnabled();
  expect(await finishList()).toEqual([expect.stringMatching(/^2\. /)]);
});
