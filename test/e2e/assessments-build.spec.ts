import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { prisma } from "../../app/db.server";
import { expect, test } from "./fixtures";
import { setCode } from "./round-fixtures";

// The same port playwright.config.ts gives the app in SMTP_URL.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
const DESIGN = "fraud-detection-pipeline";

type Received = { to: string[]; raw: string };
const inbox: Received[] = [];
let smtp: SMTPServer;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(SMTP_PORT, "127.0.0.1", () => resolve());
  });
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The Subject header and the text body of a raw message, with MIME encodings undone. */
function readMail(raw: string) {
  const [head, ...body] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const encodedSubject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? "";
  const subject = encodedSubject.replace(/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
  );
  const text = body.join("\n\n").replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
  return { subject, text };
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const questionRows = (page: Page) => page.locator("table.question-list tbody tr");

test("a manager builds from a template, edits, publishes and invites; a candidate takes it with 1.5× time", async ({ page, context, loginAs }) => {
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const candidateEmail = `cand-${tag}@example.com`;
  const otherEmail = `other-${tag}@example.com`;
  await loginAs(["hiring-manager"]);

  // 1. from a template
  await page.goto("/assessments");
  await page.getByRole("link", { name: "New assessment" }).click();
  await expect(page.getByRole("heading", { name: "New assessment" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Template").selectOption({ label: "Senior ML engineer — coding / algorithms, 60 min" });
  await page.getByRole("button", { name: "Create from template" }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+\/edit$/);
  const assessmentId = page.url().split("/").at(-2)!;
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Senior ML engineer — coding / algorithms, 60 min");
  await expectAccessible(page);
  const count = await questionRows(page).count();
  expect(count).toBeGreaterThanOrEqual(2);

  // 2. bad input: an empty title and a zero duration are refused field by field, nothing saved
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByLabel("Duration (minutes)").fill("0");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Give the assessment a title")).toBeVisible();
  await expect(page.getByText("At least 5 minutes")).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(`Senior coding screen ${tag}`);
  await page.getByLabel("Duration (minutes)").fill("60");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved.")).toBeVisible();

  // 3. reorder from the keyboard: the second question moves up
  const secondTitle = (await questionRows(page).nth(1).locator("td").nth(1).locator("a").innerText()).trim();
  // focus and Enter in one step: a re-render after "Details saved." may move the focus in between
  const moveUp = page.getByRole("button", { name: `Move “${secondTitle}” up` });
  await moveUp.press("Enter");
  await expect(questionRows(page).first()).toContainText(secondTitle);

  // 4. points: out of range refused, then saved
  await page.getByLabel(`Points for ${secondTitle}`).fill("500");
  await page.getByRole("button", { name: "Save points" }).click();
  await expect(page.getByText("Points must be between 0.5 and 100")).toBeVisible();
  await page.getByLabel(`Points for ${secondTitle}`).fill("4");
  await page.getByRole("button", { name: "Save points" }).click();
  await expect(page.getByText("Points saved.")).toBeVisible();
  await expect(page.getByLabel(`Points for ${secondTitle}`)).toHaveValue("4");

  // 5. add a design question through the filters, after previewing it as a candidate would see it
  await page.getByLabel("Stage").selectOption("ml-system-design");
  await page.getByLabel("Search title and prompt").fill("fraud");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/stage=ml-system-design/);
  const design = await prisma.question.findUniqueOrThrow({ where: { id: DESIGN }, include: { currentVersion: true } });
  const designTitle = design.currentVersion!.title;
  await page.getByRole("link", { name: `Preview “${designTitle}”` }).click();
  const preview = page.locator("article.preview");
  await expect(preview.getByRole("heading", { name: designTitle })).toBeVisible();
  await expect(preview.getByText("What the answer is judged on")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Add “${designTitle}”` }).click();
  await expect(page.getByText("Question added.")).toBeVisible();
  await expect(questionRows(page)).toHaveCount(count + 1);
  await expect(questionRows(page).last()).toContainText(designTitle);

  // 6. publish
  await page.getByRole("button", { name: "Publish v1" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}\\?published=1$`));
  await expect(page.getByText("Version 1 is published")).toBeVisible();
  await expect(page.getByRole("link", { name: "Results" })).toHaveAttribute("href", `/assessments/${assessmentId}/results`);

  // 7. invite two addresses, plus a bad one and a repeat that are listed back
  await page.getByLabel(/Email addresses/).fill(`${candidateEmail}\n${otherEmail}, not-an-address\n${candidateEmail.toUpperCase()}`);
  await page.getByRole("button", { name: "Send invites" }).click();
  await expect(page.getByText("2 invited, 2 mailed.")).toBeVisible();
  await expect(page.getByText("Not valid addresses, not invited: not-an-address")).toBeVisible();
  await expect(page.getByText(`Listed twice or invited already, invited once: ${candidateEmail}`)).toBeVisible();
  await expectAccessible(page);
  const title = `Senior coding screen ${tag}`;
  await expect.poll(() => inbox.filter((m) => m.to.some((t) => t.includes(tag))).length).toBe(2);
  const mails = inbox.filter((m) => m.to.some((t) => t.includes(tag)));
  expect(mails.map((m) => m.to).flat().sort()).toEqual([candidateEmail, otherEmail].sort());
  const mail = readMail(mails.find((m) => m.to.includes(candidateEmail))!.raw);
  expect(mail.subject).toBe(`You're invited: ${title}`);
  const link = /(http:\/\/localhost:\d+\/invite\/[A-Za-z0-9_-]{32})/.exec(mail.text)?.[1];
  expect(link, "an invite link in the mail").toBeTruthy();
  const row = page.locator(`tr[data-email="${candidateEmail}"]`);
  await expect(row).toContainText("Sent");

  // 8. extra time before the start: 1.5×
  await row.getByLabel("Time ×").selectOption("1.5");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Accommodation saved.")).toBeVisible();
  await expect(row).toContainText("90 min");

  // 9. the candidate opens the link, signs up with the invited address, and lands on the start page
  await context.clearCookies();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "You are invited to an assessment" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0); // not signed in: the assessment stays unnamed
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: "Sign up" }).click();
  await page.getByLabel("Name").fill("Invited Candidate");
  await page.getByLabel("Email").fill(candidateEmail);
  await page.getByLabel("Password").fill("invited candidate password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(link!);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("attempt-minutes")).toContainText("90 minutes");
  // the whole fact, so a date elsewhere on the page ("…13: …") cannot match it too
  await expect(page.getByText(new RegExp(`^${count + 1}: .*system-design`))).toBeVisible();
  await expect(page.getByText(/1 system-design question/)).toBeVisible();
  await expect(page.getByText(designTitle)).toHaveCount(0); // kinds and counts only
  await expectAccessible(page);
  const invite = await prisma.assessmentInvite.findFirstOrThrow({ where: { email: candidateEmail } });
  expect(invite.openedAt).not.toBeNull();
  expect(invite.roundId).toBeNull(); // the timer has not started

  // 10. Start: the server's deadline is 1.5 × 60 minutes away
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/practice\/rounds\/[^/?]+$/);
  const roundId = page.url().split("/").at(-1)!;
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const round = await prisma.round.findUniqueOrThrow({ where: { id: roundId } });
  expect(round.deadlineAt.getTime() - round.startedAt.getTime()).toBe(90 * 60_000);
  await expect(page.getByRole("timer")).toContainText(/1:(29|30):\d\d/);

  // 11. a code answer (the first question is coding) and a text answer (the last one)
  const firstCoding = await prisma.roundQuestion.findFirstOrThrow({ where: { roundId, position: 1 }, include: { questionVersion: true } });
  expect(firstCoding.questionVersion.kind).toBe("coding");
  await setCode(page, "def solve(*args):\n    return None\n");
  await expect(page.getByText(/Draft saved/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: String(count + 1), exact: true }).click();
  await page.getByLabel(/Your answer/).fill("Stream features from Kafka into an online store; a gradient-boosted model scores each payment within 100 ms.");
  await expect(page.getByText(/Draft saved/)).toBeVisible({ timeout: 15_000 });

  // 12. finish: a thank-you, no scores
  await page.getByRole("button", { name: "Finish round" }).click();
  await page.getByRole("button", { name: "Yes, finish the round" }).click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${roundId}/submitted$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Submitted, thank you" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("%");
  await expectAccessible(page);
  const answers = await prisma.answer.findMany({ where: { roundId }, include: { questionVersion: true } });
  const text = answers.find((a) => a.questionVersion.kind === "design")!;
  expect([text.status, text.score]).toEqual(["submitted", null]); // waits for reviewers, never auto-scored

  // the practice results page is not for attempts; the link works once
  await page.goto(`/practice/rounds/${roundId}/results`);
  await expect(page).toHaveURL(new RegExp(`/attempts/${roundId}/submitted$`));
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "This invitation has been used" })).toBeVisible();
  await page.goto("/practice");
  await expect(page.getByText(title)).toHaveCount(0);
});
