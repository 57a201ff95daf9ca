import type { Browser, BrowserContext } from "@playwright/test";
import crypto from "node:crypto";
import { createUser } from "../../app/auth/auth.server";
import type { RoleName } from "../../app/auth/roles";
import { createSessionCookie } from "../../app/auth/session.server";
import { prisma } from "../../app/db.server";

// Assessments, invites and attempts written straight into the database, the way
// round-fixtures.ts makes rounds: the builder and the invite flow have tests of their own;
// these make the results pages' content predictable.

/** A new user with these roles, logged into `context` by inserting a session. */
export async function logInto(context: BrowserContext, baseURL: string, roles: RoleName[], name?: string) {
  const tag = crypto.randomBytes(4).toString("hex");
  const user = await createUser({ email: `${roles.join("-")}-${tag}@e2e.test`, name: name ?? `E2E ${roles[0]} ${tag}`, password: `e2e password ${tag}`, roles });
  const [pair] = (await createSessionCookie(user.id)).split(";");
  const [cookie, ...rest] = pair.split("=");
  await context.addCookies([{ name: cookie, value: rest.join("="), url: baseURL }]);
  return user;
}

/** A fresh browser context with a logged-in user of these roles. */
export async function userContext(browser: Browser, baseURL: string, roles: RoleName[], name?: string) {
  const context = await browser.newContext({ baseURL });
  const user = await logInto(context, baseURL, roles, name);
  return { context, user, page: await context.newPage() };
}

export async function createAssessment(ownerEmail: string, questions: { id: string; points: number }[], opts: { title?: string; track?: string; minutes?: number } = {}) {
  const owner = await prisma.user.findUniqueOrThrow({ where: { email: ownerEmail } });
  const rows = await prisma.question.findMany({ where: { id: { in: questions.map((q) => q.id) } } });
  return prisma.assessment.create({
    data: {
      ownerId: owner.id,
      title: opts.title ?? `Senior ML engineer ${crypto.randomBytes(3).toString("hex")}`,
      track: opts.track ?? "senior",
      durationMinutes: opts.minutes ?? 30,
      status: "published",
      publishedAt: new Date(),
      questions: {
        create: questions.map((q, i) => ({ questionVersionId: rows.find((r) => r.id === q.id)!.currentVersionId!, position: i + 1, points: q.points })),
      },
    },
  });
}

/** An invite nobody has acted on yet. */
export async function createInvite(assessmentId: string, email: string, name = "") {
  return prisma.assessmentInvite.create({
    data: {
      assessmentId,
      email,
      name,
      tokenHash: crypto.randomBytes(32).toString("hex"),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      sentAt: new Date(),
    },
  });
}

/** An invite the candidate accepted and started: the attempt is a round pinned to the assessment's versions. */
export async function startAttempt(assessmentId: string, candidateEmail: string, inviteName: string, minutes = 30) {
  const assessment = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { questions: { orderBy: { position: "asc" } } } });
  const candidate = await prisma.user.findUniqueOrThrow({ where: { email: candidateEmail } });
  const now = new Date();
  const round = await prisma.round.create({
    data: {
      userId: candidate.id,
      assessmentId,
      track: assessment.track,
      gradingMode: "end",
      startedAt: now,
      deadlineAt: new Date(now.getTime() + minutes * 60_000),
      questions: { create: assessment.questions.map((q) => ({ questionVersionId: q.questionVersionId, position: q.position, points: q.points })) },
    },
  });
  const invite = await createInvite(assessmentId, candidate.email, inviteName);
  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { candidateId: candidate.id, openedAt: now, acceptedAt: now, roundId: round.id } });
  return { inviteId: invite.id, roundId: round.id };
}
