import type { APIRequestContext, Browser } from "@playwright/test";
import { prisma } from "../../app/db.server";
import type { RoleName } from "../../app/auth/roles";
import { createAssessment, createInvite, startAttempt, userContext } from "./assessment-fixtures";
import { expect, test } from "./fixtures";

// Every results route, GET and POST, for everyone but the owner and admins: 404, never a
// 403 (which would say the assessment exists), never a page carrying its data.

type Setup = Awaited<ReturnType<typeof setUp>>;

async function setUp(browser: Browser, baseURL: string) {
  const owner = await userContext(browser, baseURL, ["hiring-manager"]);
  const candidate = await userContext(browser, baseURL, ["candidate"], "Invited Candidate");
  const assessment = await createAssessment(owner.user.email, [
    { id: "top-k-cosine", points: 3 },
    { id: "fraud-detection-pipeline", points: 2 },
  ], { title: "Secret assessment title 7f3a" });
  const attempt = await startAttempt(assessment.id, candidate.user.email, "Invited Candidate");
  const other = await createInvite(assessment.id, "second-invitee@e2e.test", "Second Invitee");
  const base = `/assessments/${assessment.id}`;
  return {
    owner,
    candidate,
    assessment,
    attempt,
    urls: [
      `${base}/results`,
      `${base}/results.data`,
      `${base}/results/${attempt.inviteId}`,
      `${base}/results/${attempt.inviteId}.data`,
      `${base}/results.csv`,
      `${base}/compare?invites=${attempt.inviteId},${other.id}`,
    ],
    extendUrl: `${base}/results/${attempt.inviteId}`,
  };
}

async function deadlineOf(roundId: string) {
  return (await prisma.round.findUniqueOrThrow({ where: { id: roundId } })).deadlineAt.getTime();
}

async function expectShut(request: APIRequestContext, s: Setup) {
  for (const url of s.urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    const body = await response.text();
    expect(body, url).not.toContain("Secret assessment title");
    // the other invitee (the candidate's own email is in the page header, rightly)
    expect(body, url).not.toContain("second-invitee@e2e.test");
  }
  const before = await deadlineOf(s.attempt.roundId);
  const post = await request.post(s.extendUrl, { form: { intent: "extend", minutes: "30" }, maxRedirects: 0 });
  expect(post.status()).toBe(404);
  const postData = await request.post(`${s.extendUrl}.data`, { form: { intent: "extend", minutes: "30" }, maxRedirects: 0 });
  expect(postData.status()).toBe(404);
  expect(await deadlineOf(s.attempt.roundId)).toBe(before);
}

test("another manager, a reviewer and the invited candidate get 404 on every results route, GET and POST", async ({ browser, baseURL }) => {
  const s = await setUp(browser, baseURL!);
  for (const roles of [["hiring-manager"], ["reviewer"]] as RoleName[][]) {
    const outsider = await userContext(browser, baseURL!, roles);
    await expectShut(outsider.context.request, s);
    await outsider.context.close();
  }
  await expectShut(s.candidate.context.request, s);

  // the owner and an admin do see them
  for (const who of [s.owner, await userContext(browser, baseURL!, ["admin"])]) {
    for (const url of s.urls) expect((await who.context.request.get(url)).status(), url).toBe(200);
  }
  // someone signed out is sent to log in
  const anonymous = await browser.newContext({ baseURL });
  const response = await anonymous.request.get(s.urls[0], { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toMatch(/^\/login\?redirectTo=/);
  await anonymous.close();
  await s.owner.context.close();
  await s.candidate.context.close();
});

test("the deadline a round page polls belongs to the round's candidate only", async ({ browser, baseURL }) => {
  const s = await setUp(browser, baseURL!);
  const url = `/rounds/${s.attempt.roundId}/deadline`;
  const mine = await s.candidate.context.request.get(url);
  expect(mine.status()).toBe(200);
  const body = (await mine.json()) as { deadline: string; serverNow: string; finished: boolean };
  expect(new Date(body.deadline).getTime()).toBe(await deadlineOf(s.attempt.roundId));
  expect(body.finished).toBe(false);
  const stranger = await userContext(browser, baseURL!, ["candidate"]);
  for (const request of [s.owner.context.request, stranger.context.request]) {
    expect((await request.get(url)).status()).toBe(404);
  }
  expect((await s.candidate.context.request.get("/rounds/no-such-round/deadline")).status()).toBe(404);
  await stranger.context.close();
  await s.owner.context.close();
  await s.candidate.context.close();
});

test("bad parameters get a 4xx with a reason, and change nothing", async ({ browser, baseURL }) => {
  const s = await setUp(browser, baseURL!);
  const request = s.owner.context.request;
  const base = `/assessments/${s.assessment.id}`;
  const inviteId = s.attempt.inviteId;

  for (const query of ["sort=password", "status=hired", "dir=sideways", "pending=yes", `q=${"x".repeat(201)}`]) {
    const response = await request.get(`${base}/results?${query}`);
    expect(response.status(), query).toBe(400);
  }
  for (const invites of ["", inviteId, `${inviteId},${inviteId}`, "a,b,c,d,e", `${inviteId},${"x".repeat(65)}`]) {
    const response = await request.get(`${base}/compare?invites=${encodeURIComponent(invites)}`);
    expect(response.status(), invites).toBe(400);
  }
  // ids that are not this assessment's invites: as if they were not there
  expect((await request.get(`${base}/compare?invites=${inviteId},someone-elses-invite`)).status()).toBe(404);
  expect((await request.get(`${base}/results/someone-elses-invite`)).status()).toBe(404);
  expect((await request.get(`/assessments/no-such-assessment/results`)).status()).toBe(404);
  expect((await request.get(`/assessments/${"x".repeat(65)}/results.csv`)).status()).toBe(404);

  const before = await deadlineOf(s.attempt.roundId);
  const extend = `${base}/results/${inviteId}`;
  for (const minutes of ["0", "241", "1.5", "-5", "ten", ""]) {
    const response = await request.post(extend, { form: { intent: "extend", minutes } });
    expect(response.status(), minutes).toBe(400);
  }
  expect((await request.post(extend, { form: { intent: "delete-everything", minutes: "5" } })).status()).toBe(400);
  expect((await request.post(extend, { data: { intent: "extend", minutes: 5 } })).status()).toBe(415);
  expect(await deadlineOf(s.attempt.roundId)).toBe(before);

  // the form shows the reason next to it
  const page = await s.owner.context.newPage();
  await page.goto(extend);
  await page.getByLabel("Add minutes to this attempt").evaluate((input: HTMLInputElement) => {
    input.removeAttribute("max"); // the browser's own check would stop a person first
    input.value = "500";
  });
  await page.getByRole("button", { name: "Add time" }).click();
  await expect(page.getByRole("alert")).toHaveText("Add at most 240 minutes");

  // an attempt that has ended cannot be extended
  await prisma.round.update({ where: { id: s.attempt.roundId }, data: { finishedAt: new Date() } });
  const late = await request.post(extend, { form: { intent: "extend", minutes: "5" } });
  expect(late.status()).toBe(409);
  expect(await late.text()).toContain("already ended");
  await s.owner.context.close();
  await s.candidate.context.close();
});
