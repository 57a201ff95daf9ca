import { expect, request as http, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createUser } from "../../app/auth/auth.server";
import type { RoleName } from "../../app/auth/roles";
import { createSessionCookie } from "../../app/auth/session.server";
import { hashInviteToken } from "../../app/assessments/tokens.server";
import { prisma } from "../../app/db.server";
import { createAssessment, createInvite, startAttempt } from "./assessment-fixtures";
import { createAssessmentAnswer, createPracticeAnswer, waiveCalibration } from "./review-fixtures";

// Every route that takes a param, asked by everyone who may not use it: page GET, the
// single-fetch `.data` GET, and form POSTs with junk and with nothing. Nobody but the owner
// gets anything but a 404 (a visitor: the login redirect), nothing answers 500, and no body
// carries a secret. Then malformed params, non-form bodies and huge fields: all 4xx.
// Only HTTP requests (no browser): the pages themselves are tested elsewhere.

const ANSWER_TEXT = "Candidate answer text 51c0e7: shard by merchant and keep a feature store";
const PRACTICE_TEXT = "Practice answer text 8d2f41 about fraud alerts";
const TITLE = "Audit assessment title 3b9d";

/** Text a non-owner must never receive: hidden tests, reference solutions, rubric anchors, other people's data. */
const HIDDEN_TEST_NOTE = "exact tie between 0 and 1, broken by the smaller index";
const REFERENCE_CODE = "const qNorm = norm(query)";
const ANCHOR = "Turns business cost (fraud loss vs. blocked good customers) into an operating point";

type Role = "visitor" | "otherCandidate" | "invited" | "otherManager" | "reviewer" | "owner";
const ROLES: Role[] = ["visitor", "otherCandidate", "invited", "otherManager", "reviewer", "owner"];

type Setup = Awaited<ReturnType<typeof setUp>>;
let setup: Promise<Setup> | undefined;

async function person(roles: RoleName[], name: string) {
  const tag = crypto.randomBytes(4).toString("hex");
  const user = await createUser({ email: `audit-${roles[0]}-${tag}@e2e.test`, name: `${name} ${tag}`, password: `audit password ${tag}`, roles });
  const [cookie] = (await createSessionCookie(user.id)).split(";");
  return { user, cookie };
}

async function setUp(baseURL: string) {
  const people = {
    otherCandidate: await person(["candidate"], "Other Candidate"),
    invited: await person(["candidate"], "Invited Candidate"),
    otherManager: await person(["hiring-manager"], "Other Manager"),
    reviewer: await person(["reviewer"], "Audit Reviewer"),
    owner: await person(["hiring-manager"], "Owning Manager"),
  };
  await waiveCalibration(people.reviewer.user.id);
  const clients = {} as Record<Role, APIRequestContext>;
  for (const role of ROLES) {
    const cookie = role === "visitor" ? undefined : people[role].cookie;
    clients[role] = await http.newContext({ baseURL, extraHTTPHeaders: cookie ? { Cookie: cookie } : {} });
  }

  // a published assessment with a coding and a design question, the invited candidate in the middle of it
  const assessment = await createAssessment(people.owner.user.email, [
    { id: "top-k-cosine", points: 3 },
    { id: "fraud-detection-pipeline", points: 2 },
  ], { title: TITLE });
  const attempt = await startAttempt(assessment.id, people.invited.user.email, "Invited Candidate");
  const second = await createInvite(assessment.id, "second-audit-invitee@e2e.test", "Second Invitee");
  const draft = await prisma.assessment.create({ data: { ownerId: people.owner.user.id, title: TITLE + " draft", track: "senior", durationMinutes: 30 } });
  // a finished attempt waiting for review, and a practice answer sent for review
  const graded = await createAssessmentAnswer({ candidateId: people.invited.user.id, ownerId: people.owner.user.id, questionId: "fraud-detection-pipeline", text: ANSWER_TEXT });
  await prisma.assessment.updateMany({ where: { rounds: { some: { id: graded.roundId } } }, data: { title: TITLE + " finished" } });
  const practice = await createPracticeAnswer({ candidateId: people.invited.user.id, questionId: "fraud-detection-pipeline", text: PRACTICE_TEXT });
  // an invite whose token we know (only its hash is stored)
  const token = crypto.randomBytes(24).toString("base64url");
  await prisma.assessmentInvite.create({
    data: { assessmentId: assessment.id, email: people.invited.user.email.replace("@", "+2@"), tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + 86_400_000) },
  });

  const a = `/assessments/${assessment.id}`;
  /** Each route: its url, whether it has a single-fetch `.data` twin, whether it takes POSTs, and who may use it. */
  const routes: { url: string; data: boolean; post: boolean; allowed: Role[]; id?: string }[] = [
    { url: a, data: true, post: true, allowed: ["owner"] , id: "routes/assessments.$id._index" },
    { url: `/assessments/${draft.id}/edit`, data: true, post: true, allowed: ["owner"] , id: "routes/assessments.$id.edit" },
    { url: `${a}/results`, data: true, post: true, allowed: ["owner"] , id: "routes/assessments.$assessmentId_.results._index" },
    { url: `${a}/results/${attempt.inviteId}`, data: true, post: true, allowed: ["owner"] , id: "routes/assessments.$assessmentId_.results.$inviteId" },
    { url: `${a}/results.csv`, data: false, post: true, allowed: ["owner"] },
    { url: `${a}/compare?invites=${attempt.inviteId},${second.id}`, data: true, post: true, allowed: ["owner"] , id: "routes/assessments.$assessmentId_.compare" },
    { url: `${a}/similarity`, data: true, post: true, allowed: ["owner"] , id: "routes/assessments.$assessmentId_.similarity" },
    { url: `/practice/rounds/${attempt.roundId}`, data: true, post: true, allowed: ["invited"] , id: "routes/practice.rounds.$roundId._index" },
    { url: `/practice/rounds/${practice.roundId}/results`, data: true, post: true, allowed: ["invited"] , id: "routes/practice.rounds.$roundId.results" },
    { url: `/attempts/${graded.roundId}/submitted`, data: true, post: false, allowed: ["invited"] , id: "routes/attempts.$roundId.submitted" },
    { url: `/rounds/${attempt.roundId}/deadline`, data: false, post: false, allowed: ["invited"] },
    { url: `/rounds/${attempt.roundId}/integrity`, data: false, post: true, allowed: ["invited"] },
    { url: `/reviews/${graded.answerId}`, data: true, post: true, allowed: ["reviewer"] , id: "routes/reviews.$answerId" },
    { url: `/answers/${practice.answerId}/regrade`, data: false, post: true, allowed: ["invited"] },
    { url: `/answers/${graded.answerId}/regrade`, data: false, post: true, allowed: ["owner"] },
  ];
  return { people, clients, assessment, attempt, draft, graded, practice, token, routes };
}

/** `/a/b?x=1` → `/a/b.data?x=1`: the URL Remix's single fetch loads a page's data from. */
function dataUrl(url: string) {
  const [path, query] = url.split("?");
  return `${path}.data${query ? "?" + query : ""}`;
}

/** The pre-single-fetch `?_data=<route id>` form, which Remix still answers. */
function legacyDataUrl(url: string, routeId = "root") {
  return `${url}${url.includes("?") ? "&" : "?"}_data=${encodeURIComponent(routeId)}`;
}

function secretsFor(s: Setup, role: Role): string[] {
  const always = [HIDDEN_TEST_NOTE, REFERENCE_CODE, TITLE];
  if (role === "invited") return always.filter((x) => x !== TITLE).concat(ANCHOR);
  return always.concat(ANCHOR, ANSWER_TEXT, PRACTICE_TEXT, s.people.invited.user.email, "second-audit-invitee@e2e.test");
}

async function expectNoSecrets(response: APIResponse, secrets: string[], label: string) {
  const body = await response.text();
  for (const secret of secrets) expect(body, `${label} leaks "${secret}"`).not.toContain(secret);
  expect(body, `${label} shows a stack trace`).not.toMatch(/\n\s+at .+\.(ts|js):\d+/);
}

/** 404 for a signed-in non-owner; a visitor may instead be sent to log in (a 302, or single fetch's 202 redirect). */
async function expectRefused(response: APIResponse, role: Role, label: string) {
  const status = response.status();
  const body = await response.text();
  if (role === "visitor" && [302, 303].includes(status)) {
    expect(response.headers()["location"], label).toMatch(/^\/login/);
    return;
  }
  // single fetch answers a redirect with a 202 whose turbo-stream body names the target
  if (role === "visitor" && status === 204) {
    expect(response.headers()["x-remix-redirect"], label).toMatch(/^\/login/);
    return;
  }
  if (role === "visitor" && status === 202) {
    expect(body, label).toContain("/login?redirectTo=");
    return;
  }
  expect(status, label).toBe(404);
}

function getSetup(baseURL: string | undefined) {
  setup ??= setUp(baseURL!);
  return setup;
}

test.afterAll(async () => {
  if (!setup) return;
  const s = await setup;
  await Promise.all(Object.values(s.clients).map((c) => c.dispose()));
});

test("everyone but the owner gets a 404 (or the login page) on every route with a param, and no secrets", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  for (const route of s.routes) {
    for (const role of ROLES.filter((r) => !route.allowed.includes(r))) {
      const client = s.clients[role];
      const secrets = secretsFor(s, role);
      const gets = [route.url, ...(route.data ? [dataUrl(route.url)] : [])];
      for (const url of gets) {
        const label = `${role} GET ${url}`;
        const response = await client.get(url, { maxRedirects: 0 });
        if (route.url.endsWith("/integrity") || route.url.endsWith("/regrade")) expect(response.status(), label).toBeLessThan(500);
        else await expectRefused(response, role, label);
        await expectNoSecrets(response, secrets, label);
      }
      if (!route.post) continue;
      const posts = [route.url, ...(route.data ? [dataUrl(route.url)] : [])];
      for (const url of posts) {
        for (const [kind, form] of [["junk", { intent: "zzz", minutes: "-5", text: "\u0000\u202e", points: "NaN" }], ["empty", {}]] as const) {
          const label = `${role} POST ${kind} ${url}`;
          const response = route.url.endsWith("/integrity")
            ? await client.post(url, { data: { events: [], snapshots: [] }, maxRedirects: 0 })
            : await client.post(url, { form, maxRedirects: 0 });
          await expectRefused(response, role, label);
          await expectNoSecrets(response, secrets, label);
        }
      }
    }
  }
});

test("the people allowed in see their page, and a candidate's own pages carry no hidden tests, solutions or other people's data", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  for (const route of s.routes.filter((r) => !r.url.endsWith("/integrity") && !r.url.endsWith("/regrade"))) {
    for (const role of route.allowed) {
      for (const url of [route.url, ...(route.data ? [dataUrl(route.url)] : [])]) {
        const response = await s.clients[role].get(url, { maxRedirects: 0 });
        expect(response.status(), `${role} GET ${url}`).toBeLessThan(400);
        const body = await response.text();
        if (role === "invited") {
          for (const secret of [HIDDEN_TEST_NOTE, REFERENCE_CODE]) expect(body, `${url} leaks "${secret}"`).not.toContain(secret);
          if (!url.includes("/results")) expect(body, `${url} leaks a rubric anchor`).not.toContain(ANCHOR);
        }
        // grading is blind
        if (role === "reviewer") for (const who of [s.people.invited.user.email, s.people.invited.user.name]) expect(body, `${url} names the candidate`).not.toContain(who);
      }
    }
  }
});

test("the invite link: only the invited address sees the assessment; others get a refusal page, never a 500", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  for (const role of ROLES) {
    for (const url of [`/invite/${s.token}`, `/invite/${s.token}.data`]) {
      const response = await s.clients[role].get(url, { maxRedirects: 0 });
      expect(response.status(), `${role} GET ${url}`).toBeLessThan(500);
      await expectNoSecrets(response, [TITLE, HIDDEN_TEST_NOTE, ANCHOR], `${role} GET ${url}`);
    }
    const post = await s.clients[role].post(`/invite/${s.token}`, { form: { intent: "zzz" }, maxRedirects: 0 });
    expect(post.status(), `${role} POST /invite`).toBeLessThan(500);
    await expectNoSecrets(post, [TITLE], `${role} POST /invite`);
  }
  // the invited address is a "+2" of the invited candidate's: nobody here may start it
  expect(await prisma.assessmentInvite.count({ where: { tokenHash: hashInviteToken(s.token), roundId: { not: null } } })).toBe(0);
});

test("malformed params are a 4xx for the people the route belongs to", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  const bad = ["x".repeat(3000), encodeURIComponent("ünï💥cødé"), "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2F..%2Fhealthz", "%00", "'%20OR%201=1--"];
  const patterns: { role: Role; url: (p: string) => string }[] = [
    { role: "owner", url: (p) => `/assessments/${p}` },
    { role: "owner", url: (p) => `/assessments/${p}/edit` },
    { role: "owner", url: (p) => `/assessments/${p}/results` },
    { role: "owner", url: (p) => `/assessments/${s.assessment.id}/results/${p}` },
    { role: "owner", url: (p) => `/assessments/${p}/results.csv` },
    { role: "owner", url: (p) => `/assessments/${s.assessment.id}/compare?invites=${p}` },
    { role: "owner", url: (p) => `/assessments/${s.assessment.id}/similarity?a=${p}&b=${p}` },
    { role: "owner", url: (p) => `/assessments/${s.assessment.id}/similarity?min=${p}` },
    { role: "invited", url: (p) => `/practice/rounds/${p}` },
    { role: "invited", url: (p) => `/practice/rounds/${p}/results` },
    { role: "invited", url: (p) => `/attempts/${p}/submitted` },
    { role: "invited", url: (p) => `/rounds/${p}/deadline` },
    { role: "invited", url: (p) => `/invite/${p}` },
    { role: "invited", url: (p) => `/practice/scores?track=${p}` },
    { role: "reviewer", url: (p) => `/reviews/${p}` },
    { role: "reviewer", url: (p) => `/reviews?stage=${p}&question=${p}` },
    { role: "reviewer", url: (p) => `/reviews/calibration?question=${p}` },
  ];
  for (const { role, url } of patterns) {
    for (const p of bad) {
      const response = await s.clients[role].get(url(p), { maxRedirects: 0 });
      const label = `${role} GET ${url(p).slice(0, 120)}`;
      expect(response.status(), label).toBeGreaterThanOrEqual(400);
      expect(response.status(), label).toBeLessThan(500);
      await expectNoSecrets(response, [], label);
    }
  }
  for (const p of bad) {
    for (const url of [`/rounds/${p}/integrity`, `/answers/${p}/regrade`, `/practice/rounds/${p}`, `/reviews/${p}`]) {
      const response = await s.clients.invited.post(url, { form: { intent: "save" }, maxRedirects: 0 });
      expect(response.status(), `POST ${url.slice(0, 120)}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `POST ${url.slice(0, 120)}`).toBeLessThan(500);
    }
  }
});

test("JSON, empty and huge bodies to the owner's own routes are a 4xx, and nothing is saved", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  const owned: { role: Role; url: string; huge: Record<string, string> }[] = [
    { role: "owner", url: `/assessments/${s.assessment.id}`, huge: { intent: "invite", addresses: "a@b.test,".repeat(200_000) } },
    { role: "owner", url: `/assessments/${s.draft.id}/edit`, huge: { intent: "details", title: "t".repeat(1_000_000), description: "d", track: "senior", durationMinutes: "30", reviewsRequired: "1" } },
    { role: "owner", url: `/assessments/${s.assessment.id}/results/${s.attempt.inviteId}`, huge: { intent: "extend", minutes: "9".repeat(100_000) } },
    { role: "owner", url: "/assessments/new", huge: { intent: "template", template: "t".repeat(1_000_000) } },
    { role: "invited", url: `/practice/rounds/${s.attempt.roundId}`, huge: { intent: "save", question: "q".repeat(100_000), text: "x".repeat(1_100_000) } },
    { role: "invited", url: `/practice/rounds/${s.practice.roundId}/results`, huge: { intent: "request-review", question: "q".repeat(100_000) } },
    { role: "invited", url: `/answers/${s.practice.answerId}/regrade`, huge: { reason: "r".repeat(1_000_000) } },
    { role: "reviewer", url: `/reviews/${s.graded.answerId}`, huge: { intent: "save", comment: "c".repeat(1_000_000) } },
    { role: "reviewer", url: "/reviews", huge: { intent: "claim", answerId: "a".repeat(1_000_000) } },
    { role: "reviewer", url: "/reviews/calibration", huge: { question: "q".repeat(1_000_000), level: "strong" } },
    { role: "invited", url: "/practice", huge: { track: "t".repeat(1_000_000) } },
  ];
  const before = await snapshot(s);
  for (const { role, url, huge } of owned) {
    const client = s.clients[role];
    const attempts: [string, Parameters<APIRequestContext["post"]>[1]][] = [
      ["JSON", { data: { intent: "save", text: "hi" } }],
      ["empty", { headers: { "Content-Type": "" } }],
      ["text", { data: "intent=save", headers: { "Content-Type": "text/plain" } }],
      ["broken multipart", { data: "--x\r\nbroken", headers: { "Content-Type": "multipart/form-data; boundary=x" } }],
      ["huge", { form: huge }],
      ["missing fields", { form: {} }],
    ];
    for (const [kind, options] of attempts) {
      const response = await client.post(url, { ...options, maxRedirects: 0 });
      const label = `${role} POST ${kind} ${url}`;
      expect(response.status(), label).toBeGreaterThanOrEqual(400);
      expect(response.status(), label).toBeLessThan(500);
      await expectNoSecrets(response, [], label);
    }
  }
  // the integrity recorder takes JSON: anything else, or too much of it, is refused
  const integrity = `/rounds/${s.attempt.roundId}/integrity`;
  for (const options of [{ data: "not json", headers: { "Content-Type": "application/json" } }, { data: "" }, { data: { events: "x".repeat(2_100_000) } }, { data: [1, 2, 3] }, { data: { events: [{ kind: "paste", chars: -1 }] } }]) {
    const response = await s.clients.invited.post(integrity, { ...options, maxRedirects: 0 });
    expect(response.status(), `integrity ${JSON.stringify(options).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  }
  expect(await snapshot(s)).toEqual(before);
});

/** What the bad requests above must not have changed. */
async function snapshot(s: Setup) {
  const draft = await prisma.assessment.findUniqueOrThrow({ where: { id: s.draft.id } });
  const round = await prisma.round.findUniqueOrThrow({ where: { id: s.attempt.roundId } });
  return {
    draftTitle: draft.title,
    invites: await prisma.assessmentInvite.count({ where: { assessmentId: s.assessment.id } }),
    deadline: round.deadlineAt.getTime(),
    answers: await prisma.answer.count({ where: { roundId: s.attempt.roundId } }),
    reviews: await prisma.review.count({ where: { answerId: s.graded.answerId } }),
    regrades: await prisma.regradeRequest.count({ where: { answerId: { in: [s.practice.answerId, s.graded.answerId] } } }),
    assessments: await prisma.assessment.count({ where: { ownerId: s.people.owner.user.id } }),
    rounds: await prisma.round.count({ where: { userId: s.people.invited.user.id } }),
  };
}

test("ids from elsewhere: another assessment's invites, an assessment attempt's practice results, an answer nobody sent for review", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  // an assessment of the other manager's, with an invite the owner of the first must not reach through their own assessment
  const foreign = await createAssessment(s.people.otherManager.user.email, [{ id: "fraud-detection-pipeline", points: 1 }], { title: TITLE + " foreign" });
  const theirs = await createInvite(foreign.id, "foreign-invitee@e2e.test", "Foreign Invitee");
  const theirsAttempt = await startAttempt(foreign.id, s.people.otherCandidate.user.email, "Foreign Taker");
  const a = `/assessments/${s.assessment.id}`;
  const owner = s.clients.owner;
  for (const url of [`${a}/results/${theirsAttempt.inviteId}`, `${a}/results/${theirsAttempt.inviteId}.data`, `${a}/compare?invites=${s.attempt.inviteId},${theirsAttempt.inviteId}`]) {
    const response = await owner.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    await expectNoSecrets(response, ["foreign-invitee@e2e.test", s.people.otherCandidate.user.email], url);
  }
  for (const intent of ["revoke", "resend", "accommodate"]) {
    const response = await owner.post(a, { form: { intent, invite: theirs.id, timeMultiplier: "2", extraMinutes: "30" }, maxRedirects: 0 });
    expect(response.status(), intent).toBe(404);
  }
  const extend = await owner.post(`${a}/results/${theirsAttempt.inviteId}`, { form: { intent: "extend", minutes: "30" }, maxRedirects: 0 });
  expect(extend.status()).toBe(404);
  const untouched = await prisma.assessmentInvite.findUniqueOrThrow({ where: { id: theirs.id } });
  expect([untouched.revokedAt, untouched.timeMultiplier, untouched.extraMinutes]).toEqual([null, theirs.timeMultiplier, theirs.extraMinutes]);

  // a finished assessment attempt never opens as practice results (scores, anchors): the candidate is sent to "Submitted"
  const results = await s.clients.invited.get(`/practice/rounds/${s.graded.roundId}/results`, { maxRedirects: 0 });
  expect(results.status()).toBe(302);
  expect(results.headers()["location"]).toBe(`/attempts/${s.graded.roundId}/submitted`);
  const asking = await s.clients.invited.post(`/practice/rounds/${s.graded.roundId}/results`, { form: { intent: "request-review", question: s.graded.roundQuestionId }, maxRedirects: 0 });
  expect(asking.status()).toBe(404);

  // a practice answer its candidate did not send for review is nobody's to grade
  const privateAnswer = await createPracticeAnswer({ candidateId: s.people.invited.user.id, questionId: "fraud-detection-pipeline", text: PRACTICE_TEXT + " private", requested: false });
  for (const url of [`/reviews/${privateAnswer.answerId}`, `/reviews/${privateAnswer.answerId}.data`]) {
    const response = await s.clients.reviewer.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    await expectNoSecrets(response, [PRACTICE_TEXT], url);
  }
  const claim = await s.clients.reviewer.post("/reviews", { form: { intent: "claim", answerId: privateAnswer.answerId }, maxRedirects: 0 });
  expect(claim.status()).toBeGreaterThanOrEqual(400);
  expect(claim.status()).toBeLessThan(500);
  expect(await prisma.reviewHold.count({ where: { answerId: privateAnswer.answerId } })).toBe(0);
});

test("Submit in an assessment attempt answers pass or fail, never a hidden test's input, expected value or note", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  const question = await prisma.roundQuestion.findFirstOrThrow({ where: { roundId: s.attempt.roundId, position: 1 } });
  const code = fs.readFileSync(path.join("questions", "coding", "top-k-cosine", "solutions", "wrong-dot-product.js"), "utf8");
  const url = `/practice/rounds/${s.attempt.roundId}`;
  for (const target of [url, dataUrl(url)]) {
    const response = await s.clients.invited.post(target, { form: { intent: "submit-code", question: question.id, language: "js", code }, maxRedirects: 0 });
    expect(response.status(), target).toBeLessThan(400);
    const body = await response.text();
    expect(body, target).toContain("WrongAnswer");
    for (const secret of [HIDDEN_TEST_NOTE, "[[3,0],[[2,0],[1,0],[0,5]],2]", "[[3, 0], [[2, 0], [1, 0], [0, 5]], 2]", REFERENCE_CODE]) expect(body, target).not.toContain(secret);
  }
});

test("the routes without a param: nobody gets a 500 or a stack trace, whatever they send", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  const urls = ["/", "/login", "/signup", "/logout", "/healthz", "/practice", "/practice/scores", "/assessments", "/assessments/new", "/reviews", "/reviews/calibration", "/reviews/admin", "/reviews/agreement", "/admin/users", "/no/such/page", "/assessments/x/y/z"];
  const bodies: Parameters<APIRequestContext["post"]>[1][] = [
    { form: { intent: "zzz", email: "\u202e@", password: "", track: "../..", role: "admin", userId: "../" } },
    { form: {} },
    { data: { intent: "grant", role: "admin" } },
    { data: "x".repeat(100_000), headers: { "Content-Type": "application/x-www-form-urlencoded" } },
  ];
  for (const role of ["visitor", "otherCandidate", "reviewer", "owner"] as const) {
    for (const url of urls) {
      for (const target of url === "/logout" || url === "/healthz" ? [url] : [url, dataUrl(url === "/" ? "/_root" : url)]) {
        const get = await s.clients[role].get(target, { maxRedirects: 0 });
        expect(get.status(), `${role} GET ${target}`).toBeLessThan(500);
        await expectNoSecrets(get, [s.people.invited.user.email], `${role} GET ${target}`);
      }
      if (url === "/logout") continue; // it would end this client's session
      for (const options of bodies) {
        const post = await s.clients[role].post(url, { ...options, maxRedirects: 0 });
        expect(post.status(), `${role} POST ${url} ${JSON.stringify(options).slice(0, 60)}`).toBeLessThan(500);
        await expectNoSecrets(post, [s.people.invited.user.email], `${role} POST ${url}`);
      }
    }
  }
  // the route manifest Remix's lazy discovery asks for, with paths nobody should send
  for (const query of ["p=%2Fassessments%2F..%2F..%2Fetc&version=x", `p=${"%2Fa".repeat(2000)}&version=1`, "p=%00&p=%F0%9F%92%A5", "version=", ""]) {
    const response = await s.clients.otherCandidate.get(`/__manifest?${query}`, { maxRedirects: 0 });
    expect(response.status(), `/__manifest?${query.slice(0, 60)}`).toBeLessThan(500);
  }
  // other methods go to the same checks as POST
  for (const method of ["PUT", "PATCH", "DELETE"]) {
    for (const route of s.routes) {
      const response = await s.clients.otherCandidate.fetch(route.url, { method, form: { intent: "zzz" }, maxRedirects: 0 });
      expect(response.status(), `${method} ${route.url}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${method} ${route.url}`).toBeLessThan(500);
    }
  }
  // none of that made anyone an admin
  expect(await prisma.user.count({ where: { id: { in: [s.people.otherCandidate.user.id, s.people.reviewer.user.id, s.people.owner.user.id] }, roles: { some: { name: "admin" } } } })).toBe(0);
});

test("the pre-single-fetch ?_data= URL is a 400 for everyone, the owner too, never the page's data", async ({ baseURL }) => {
  const s = await getSetup(baseURL);
  for (const route of s.routes.filter((r) => r.data)) {
    for (const role of ROLES) {
      for (const routeId of [route.id, "root"]) {
        const url = legacyDataUrl(route.url, routeId);
        const response = await s.clients[role].get(url, { maxRedirects: 0 });
        expect(response.status(), `${role} GET ${url}`).toBe(400);
        await expectNoSecrets(response, secretsFor(s, role === "owner" ? "otherManager" : role), `${role} GET ${url}`);
      }
    }
  }
});
