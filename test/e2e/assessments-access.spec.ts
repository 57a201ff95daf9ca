import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { addQuestion, createAssessment, publish } from "../../app/assessments/assessments.server";
import { parsePastedAddresses } from "../../app/assessments/invite-list";
import { createInvites } from "../../app/assessments/invites.server";
import { createUser } from "../../app/auth/auth.server";
import type { RoleName } from "../../app/auth/roles";
import { createSessionCookie } from "../../app/auth/session.server";
import { questionFromVersion } from "../../app/rounds/content.server";
import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";

const CODING = "top-k-cosine";
const DESIGN = "fraud-detection-pipeline";
const unique = () => Math.random().toString(36).slice(2, 8);

async function account(roles: RoleName[], email = `${roles[0]}-${unique()}@example.com`) {
  const user = await createUser({ email, name: "Access Tester", password: "access tester password", roles });
  const cookie = (await createSessionCookie(user.id)).split(";")[0];
  return { user, cookie };
}

/** A published assessment owned by a fresh manager, with one invite; the invite's token as its link carries it. */
async function publishedWithInvite(candidateEmail: string) {
  const owner = await account(["hiring-manager"]);
  const { id } = await createAssessment(owner.user, { title: `Owner's secret screen ${unique()}`, description: "", track: "senior", durationMinutes: 45, reviewsRequired: 2 });
  await addQuestion(owner.user, id, CODING);
  await addQuestion(owner.user, id, DESIGN);
  await publish(owner.user, id);
  const { links } = await createInvites(owner.user, id, parsePastedAddresses(candidateEmail), { origin: "http://localhost" });
  const invite = await prisma.assessmentInvite.findFirstOrThrow({ where: { assessmentId: id } });
  return { owner, id, invite, token: links[0].link.split("/invite/")[1] };
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const form = (fields: Record<string, string>) => ({ form: fields, maxRedirects: 0 });

async function statusOf(request: APIRequestContext, cookie: string, method: "GET" | "POST", url: string, fields: Record<string, string> = {}) {
  const options = { headers: { Cookie: cookie }, maxRedirects: 0 };
  const response = method === "GET" ? await request.get(url, options) : await request.post(url, { ...options, ...form(fields) });
  return response.status();
}

test("another manager, a reviewer and the invited candidate get 404 from every assessment route, GET and POST", async ({ request }) => {
  const candidateEmail = `invited-${unique()}@example.com`;
  const { id, invite } = await publishedWithInvite(candidateEmail);
  const strangers = {
    "another manager": await account(["hiring-manager"]),
    reviewer: await account(["reviewer"]),
    "the invited candidate": await account(["candidate"], candidateEmail),
  };
  // the results routes have their own spec (assessments-results-security.spec.ts)
  const gets = [`/assessments/${id}`, `/assessments/${id}/edit`];
  const posts: [string, Record<string, string>][] = [
    [`/assessments/${id}?index`, { intent: "archive" }],
    [`/assessments/${id}?index`, { intent: "edit" }],
    [`/assessments/${id}?index`, { intent: "duplicate" }],
    [`/assessments/${id}?index`, { intent: "invite", addresses: "attacker@example.com" }],
    [`/assessments/${id}?index`, { intent: "revoke", invite: invite.id }],
    [`/assessments/${id}?index`, { intent: "resend", invite: invite.id }],
    [`/assessments/${id}?index`, { intent: "accommodate", invite: invite.id, timeMultiplier: "2", extraMinutes: "60" }],
    [`/assessments/${id}/edit`, { intent: "details", title: "Mine now", track: "junior", durationMinutes: "5", reviewsRequired: "1" }],
    [`/assessments/${id}/edit`, { intent: "add", question: DESIGN }],
    [`/assessments/${id}/edit`, { intent: "publish" }],
  ];
  for (const [who, { cookie }] of Object.entries(strangers)) {
    for (const url of gets) expect(await statusOf(request, cookie, "GET", url), `${who} GET ${url}`).toBe(404);
    for (const [url, fields] of posts) expect(await statusOf(request, cookie, "POST", url, fields), `${who} POST ${url} ${fields.intent}`).toBe(404);
  }
  // the list and the builder are a manager's: for everyone else they do not exist
  for (const who of ["reviewer", "the invited candidate"] as const) {
    const { cookie } = strangers[who];
    expect(await statusOf(request, cookie, "GET", "/assessments"), `${who} GET /assessments`).toBe(404);
    expect(await statusOf(request, cookie, "GET", "/assessments/new"), `${who} GET /assessments/new`).toBe(404);
    expect(await statusOf(request, cookie, "POST", "/assessments/new", { intent: "template", template: "senior.coding" }), `${who} POST /assessments/new`).toBe(404);
  }
  // nothing changed
  const after = await prisma.assessment.findUniqueOrThrow({ where: { id }, include: { invites: true, questions: true } });
  expect([after.title, after.archivedAt, after.status, after.questions.length]).toEqual([after.title, null, "published", 2]);
  expect(after.invites.map((i) => [i.email, i.revokedAt, i.timeMultiplier, i.tokenHash])).toEqual([[candidateEmail, null, 1, invite.tokenHash]]);
  expect(await prisma.assessment.count({ where: { familyId: id } })).toBe(1);
  expect(await prisma.assessment.count({ where: { title: { startsWith: "Copy of Owner's secret" } } })).toBe(0);
});

test("the start page shows the invited candidate counts and kinds, never hidden tests, rubric anchors or titles", async ({ page, context, baseURL }) => {
  const candidateEmail = `taker-${unique()}@example.com`;
  const { token } = await publishedWithInvite(candidateEmail);
  const { cookie } = await account(["candidate"], candidateEmail);
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: baseURL! }]);
  const response = await page.goto(`/invite/${token}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("2: 1 coding question, 1 system-design question")).toBeVisible();
  await expect(page.getByTestId("attempt-minutes")).toContainText("45 minutes");
  const html = await page.content();
  for (const id of [CODING, DESIGN]) {
    const v = await prisma.question.findUniqueOrThrow({ where: { id }, include: { currentVersion: true } });
    const q = questionFromVersion(v.currentVersion!) as unknown as Record<string, unknown>;
    expect(html).not.toContain(String(q.title));
    if (q.kind === "coding") {
      const hidden = (q.hidden as { args: unknown[] }[]).map((t) => JSON.stringify(t.args)).filter((s) => s.length > 12);
      expect(hidden.length).toBeGreaterThan(0);
      for (const s of hidden) expect(html).not.toContain(s);
    } else {
      for (const c of q.rubric as { anchors: Record<string, string> }[]) for (const anchor of Object.values(c.anchors)) expect(html).not.toContain(anchor);
    }
  }
});

test("refused links: malformed, unknown, expired, revoked, archived and another account each get a clear 4xx page that names nothing", async ({ page, context, baseURL }) => {
  const candidateEmail = `refused-${unique()}@example.com`;
  const { id, invite, token } = await publishedWithInvite(candidateEmail);
  const title = (await prisma.assessment.findUniqueOrThrow({ where: { id } })).title;
  const visit = async (path: string, status: number, heading: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
  };
  await visit("/invite/not-a-token", 404, "This invitation link is not valid");
  await expectAccessible(page);
  await visit(`/invite/${"A".repeat(32)}`, 404, "This invitation link is not valid");

  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  await visit(`/invite/${token}`, 410, "This invitation has expired");
  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() + 86_400_000), revokedAt: new Date() } });
  await visit(`/invite/${token}`, 410, "This invitation was withdrawn");
  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { revokedAt: null } });
  await prisma.assessment.update({ where: { id }, data: { archivedAt: new Date() } });
  await visit(`/invite/${token}`, 410, "This assessment is closed");
  await prisma.assessment.update({ where: { id }, data: { archivedAt: null } });

  // signed in with another address: refused, and Start cannot be forced with a post either
  const other = await account(["candidate"]);
  const [name, value] = [other.cookie.slice(0, other.cookie.indexOf("=")), other.cookie.slice(other.cookie.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: baseURL! }]);
  await visit(`/invite/${token}`, 403, "This invitation is for another account");
  await expectAccessible(page);
  const forced = await page.request.post(`/invite/${token}`, { form: { intent: "start" }, maxRedirects: 0 });
  expect(forced.status()).toBe(403);
  expect((await prisma.assessmentInvite.findUniqueOrThrow({ where: { id: invite.id } })).roundId).toBeNull();
});

test("without a mail server the links are shown to copy; a CSV upload invites its valid rows and lists the rest", async ({ page, loginAs }) => {
  await loginAs(["hiring-manager"]);
  await page.goto("/assessments/new");
  await page.getByLabel("Title", { exact: true }).fill(`CSV screen ${unique()}`);
  await page.getByLabel("Duration (minutes)").fill("30");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  // publishing with no question is refused on the form
  await page.getByRole("button", { name: "Publish v1" }).click();
  await expect(page.getByText("Add at least one question", { exact: true })).toBeVisible();
  await page.getByLabel("Search title and prompt").fill("fraud");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("button", { name: /^Add “/ }).first().click();
  await expect(page.getByText("Question added.")).toBeVisible();
  await page.getByRole("button", { name: "Publish v1" }).click();
  await expect(page.getByText("Version 1 is published")).toBeVisible();

  // nothing listens on the SMTP port now: the invite stands and its link is shown once
  const tag = unique();
  await page.getByLabel(/Email addresses/).fill(`pasted-${tag}@example.com`);
  await page.getByRole("button", { name: "Send invites" }).click();
  await expect(page.getByText(`pasted-${tag}@example.com — mail failed, copy the link`)).toBeVisible({ timeout: 20_000 });
  const link = await page.locator("code.invite-link").innerText();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{32}$/);
  await expect(page.locator(`tr[data-email="pasted-${tag}@example.com"]`)).toContainText("Sent");

  const csv = `Name,Email\r\n"Doe, Jane",jane-${tag}@example.com\r\nBob,not-an-email\r\nAgain,pasted-${tag}@example.com\r\n`;
  await page.getByLabel(/upload a CSV/).setInputFiles({ name: "invites.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Send invites" }).click();
  await expect(page.getByText(/^1 invited/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Not valid addresses, not invited: not-an-email")).toBeVisible();
  await expect(page.getByText(`Listed twice or invited already, invited once: pasted-${tag}@example.com`)).toBeVisible();
  await expect(page.locator(`tr[data-email="jane-${tag}@example.com"]`)).toContainText("Doe, Jane");

  // a CSV without an email column is refused with the reason
  await page.getByLabel(/upload a CSV/).setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("address\nx@example.com\n") });
  await page.getByRole("button", { name: "Send invites" }).click();
  await expect(page.getByText(/needs a header row with an "email" column/).first()).toBeVisible();
  await expectAccessible(page);

  // a CSV over the size cap is refused before it is read
  await page.getByLabel(/upload a CSV/).setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(300 * 1024, "a") });
  await page.getByRole("button", { name: "Send invites" }).click();
  await expect(page.getByText("The CSV is too large: at most 256 KB.").first()).toBeVisible();

  // editing the published version makes a draft v2; the invites stay with v1
  const v1 = page.url().replace(/\?.*$/, "");
  await page.getByRole("button", { name: "Edit (makes a new draft version)" }).click();
  await expect(page.getByRole("heading", { name: /draft v2/ })).toBeVisible();
  expect(page.url()).not.toContain(v1.split("/").at(-1)!);
  await page.getByRole("link", { name: "Back to the assessment" }).click();
  await expect(page.getByText("Version 2 · draft")).toBeVisible();
  await expect(page.locator(`tr[data-email="jane-${tag}@example.com"]`)).toContainText("v1");

  // archived: gone from the list unless asked for, and its link no longer opens
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archived: its links no longer open.")).toBeVisible();
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  await page.goto("/assessments");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Show archived").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  const response = await page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  expect(response?.status()).toBe(410);
});

test("at the deadline the server closes the attempt: the candidate lands on the thank-you page, answers submitted", async ({ page, context, baseURL }) => {
  const candidateEmail = `late-${unique()}@example.com`;
  const { token, invite } = await publishedWithInvite(candidateEmail);
  const { cookie } = await account(["candidate"], candidateEmail);
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: baseURL! }]);
  await page.goto(`/invite/${token}`);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/practice\/rounds\/[^/?]+/);
  const { roundId } = await prisma.assessmentInvite.findUniqueOrThrow({ where: { id: invite.id } });
  await page.getByRole("link", { name: "2", exact: true }).click();
  await page.getByLabel(/Your answer/).fill("Score each payment online; retrain nightly on labelled chargebacks.");
  await expect(page.locator("form").filter({ has: page.getByLabel(/Your answer/) }).getByText(/Draft saved/)).toBeVisible({ timeout: 15_000 });

  // the server's clock runs out (moved in the database, not waited for)
  await prisma.round.update({ where: { id: roundId! }, data: { deadlineAt: new Date(Date.now() - 10_000) } });
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/attempts/${roundId}/submitted$`));
  await expect(page.getByRole("heading", { name: "Submitted, thank you" })).toBeVisible();
  const round = await prisma.round.findUniqueOrThrow({ where: { id: roundId! }, include: { answers: true } });
  expect(round.finishedAt).not.toBeNull();
  expect(round.answers.map((a) => a.status)).toContain("submitted");
});
