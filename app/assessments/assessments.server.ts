import type { SessionUser } from "../auth/auth.server";
import { prisma } from "../db.server";
import type { Prisma } from "../generated/prisma/client";
import { currentBank } from "../rounds/rounds.server";
import { ownerFilter } from "./access.server";
import { AssessmentError, notFound } from "./errors";
import { MAX_QUESTIONS, pointsSchema, type DetailsInput } from "./forms";
import { buildFromTemplate, findTemplate, type TemplateDraft } from "./templates";
import { lockRow } from "../db-lock.server";

type Manager = Pick<SessionUser, "id" | "permissions">;
type Tx = Prisma.TransactionClient;

/** One line per assessment family: its latest version, with the invites of every version counted. */
export async function listAssessments(user: Manager, opts: { archived?: boolean } = {}) {
  const rows = await prisma.assessment.findMany({
    where: ownerFilter(user),
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      familyId: true,
      version: true,
      status: true,
      title: true,
      track: true,
      durationMinutes: true,
      createdAt: true,
      archivedAt: true,
      _count: { select: { invites: true, questions: true } },
    },
  });
  const families = new Map<string, (typeof rows)[number] & { inviteCount: number }>();
  for (const row of rows) {
    const key = row.familyId ?? row.id;
    const seen = families.get(key);
    const inviteCount = (seen?.inviteCount ?? 0) + row._count.invites;
    if (!seen || row.version > seen.version) families.set(key, { ...row, inviteCount });
    else seen.inviteCount = inviteCount;
  }
  return [...families.values()]
    .filter((a) => (opts.archived ? true : a.archivedAt === null))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** The assessment (one version) if this user may see it; a 404 otherwise, the same as a missing one. */
export async function requireAssessment(user: Manager, id: string) {
  const assessment = await prisma.assessment.findFirst({
    where: { id, ...ownerFilter(user) },
    include: {
      questions: {
        orderBy: { position: "asc" },
        include: { questionVersion: { select: { id: true, questionId: true, title: true, kind: true, stage: true, skills: true, timeMinutes: true } } },
      },
    },
  });
  if (!assessment) throw notFound();
  return assessment;
}
export type ManagedAssessment = Awaited<ReturnType<typeof requireAssessment>>;

/** Every version of the assessment's family, newest first. */
export async function familyVersions(assessment: { id: string; familyId: string | null }) {
  return prisma.assessment.findMany({
    where: { familyId: assessment.familyId ?? assessment.id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, status: true, publishedAt: true, createdAt: true },
  });
}

function requireDraft(assessment: { status: string }) {
  if (assessment.status !== "draft") {
    throw new AssessmentError("This version is published and can no longer change. Edit it to make a new draft version.", 409);
  }
}

async function createDraft(tx: Tx, ownerId: string, draft: DetailsInput & { questions: { versionId: string; points: number }[] }) {
  const created = await tx.assessment.create({
    data: {
      ownerId,
      title: draft.title,
      description: draft.description,
      track: draft.track,
      durationMinutes: draft.durationMinutes,
      reviewsRequired: draft.reviewsRequired,
      status: "draft",
      questions: { create: draft.questions.map((q, i) => ({ questionVersionId: q.versionId, points: q.points, position: i + 1 })) },
    },
    select: { id: true },
  });
  // a new family is named after its first version
  await tx.assessment.update({ where: { id: created.id }, data: { familyId: created.id } });
  return created;
}

export async function createAssessment(user: Manager, details: DetailsInput) {
  return prisma.$transaction((tx) => createDraft(tx, user.id, { ...details, questions: [] }));
}

export async function createFromTemplate(user: Manager, templateId: string) {
  const spec = findTemplate(templateId);
  if (!spec) throw new AssessmentError("Pick one of the templates.", 400, { template: "Pick one of the templates" });
  const draft: TemplateDraft = buildFromTemplate(spec, await currentBank(spec.slots.map((s) => s.stage)));
  return prisma.$transaction((tx) => createDraft(tx, user.id, { ...draft, reviewsRequired: 2 }));
}

export async function updateDetails(user: Manager, id: string, details: DetailsInput) {
  const assessment = await requireAssessment(user, id);
  requireDraft(assessment);
  await prisma.assessment.update({ where: { id: assessment.id }, data: details });
}

/** Add a bank question (its current version until publishing pins it). */
export async function addQuestion(user: Manager, id: string, questionId: string) {
  const assessment = await requireAssessment(user, id);
  requireDraft(assessment);
  const question = await prisma.question.findFirst({
    where: { id: questionId, retiredAt: null, currentVersionId: { not: null } },
    select: { id: true, currentVersionId: true, currentVersion: { select: { timeMinutes: true } } },
  });
  if (!question) throw new AssessmentError("There is no such question in the bank.", 422, { question: "Unknown question" });
  if (assessment.questions.some((q) => q.questionVersion.questionId === question.id)) {
    throw new AssessmentError("That question is already in this assessment.", 409, { question: "Already added" });
  }
  if (assessment.questions.length >= MAX_QUESTIONS) {
    throw new AssessmentError(`An assessment holds at most ${MAX_QUESTIONS} questions.`, 422, { question: "Too many questions" });
  }
  const last = assessment.questions.at(-1)?.position ?? 0;
  await prisma.assessmentQuestion.create({
    data: { assessmentId: assessment.id, questionVersionId: question.currentVersionId!, position: last + 1, points: 1 },
  });
}

function findItem(assessment: ManagedAssessment, itemId: string) {
  const index = assessment.questions.findIndex((q) => q.id === itemId);
  if (index < 0) throw new AssessmentError("That question is not part of this assessment.", 404);
  return index;
}

/** Positions are unique per assessment, so a swap goes through a free position. */
export async function moveQuestion(user: Manager, id: string, itemId: string, direction: "up" | "down") {
  const assessment = await requireAssessment(user, id);
  requireDraft(assessment);
  const index = findItem(assessment, itemId);
  const other = assessment.questions[direction === "up" ? index - 1 : index + 1];
  if (!other) return;
  const item = assessment.questions[index];
  await prisma.$transaction([
    prisma.assessmentQuestion.update({ where: { id: item.id }, data: { position: -1 } }),
    prisma.assessmentQuestion.update({ where: { id: other.id }, data: { position: item.position } }),
    prisma.assessmentQuestion.update({ where: { id: item.id }, data: { position: other.position } }),
  ]);
}

export async function removeQuestion(user: Manager, id: string, itemId: string) {
  const assessment = await requireAssessment(user, id);
  requireDraft(assessment);
  findItem(assessment, itemId);
  await prisma.$transaction(async (tx) => {
    await tx.assessmentQuestion.delete({ where: { id: itemId } });
    const rest = assessment.questions.filter((q) => q.id !== itemId);
    // renumber 1..n, through negative positions so no two rows ever share one
    for (const [i, q] of rest.entries()) await tx.assessmentQuestion.update({ where: { id: q.id }, data: { position: -(i + 1) } });
    for (const [i, q] of rest.entries()) await tx.assessmentQuestion.update({ where: { id: q.id }, data: { position: i + 1 } });
  });
}

/** Points for every listed question, all or nothing: one bad value saves none. */
export async function setPoints(user: Manager, id: string, raw: Record<string, string>) {
  const assessment = await requireAssessment(user, id);
  requireDraft(assessment);
  const fields: Record<string, string> = {};
  const values: { id: string; points: number }[] = [];
  for (const [itemId, value] of Object.entries(raw)) {
    const index = assessment.questions.findIndex((q) => q.id === itemId);
    if (index < 0) throw new AssessmentError("That question is not part of this assessment.", 404);
    const parsed = pointsSchema.safeParse(value);
    if (parsed.success) values.push({ id: itemId, points: parsed.data });
    else fields[`points.${itemId}`] = parsed.error.issues[0].message;
  }
  if (Object.keys(fields).length) throw new AssessmentError("Some points are out of range; nothing was saved.", 400, fields);
  await prisma.$transaction(values.map((v) => prisma.assessmentQuestion.update({ where: { id: v.id }, data: { points: v.points } })));
}

/**
 * Publish a draft: every question is pinned to the bank's current version of it, so
 * later bank edits never change what an invited candidate gets or how it was graded.
 */
export async function publish(user: Manager, id: string) {
  const assessment = await requireAssessment(user, id);
  requireDraft(assessment);
  if (assessment.archivedAt) throw new AssessmentError("Archived assessments cannot be published. Restore it first.", 409);
  if (assessment.questions.length === 0) {
    throw new AssessmentError("Add at least one question before publishing.", 422, { questions: "Add at least one question" });
  }
  const current = await prisma.question.findMany({
    where: { id: { in: assessment.questions.map((q) => q.questionVersion.questionId) }, retiredAt: null },
    select: { id: true, currentVersionId: true },
  });
  const currentOf = new Map(current.map((q) => [q.id, q.currentVersionId]));
  await prisma.$transaction(async (tx) => {
    for (const q of assessment.questions) {
      const pinned = currentOf.get(q.questionVersion.questionId) ?? q.questionVersion.id;
      if (pinned !== q.questionVersion.id) await tx.assessmentQuestion.update({ where: { id: q.id }, data: { questionVersionId: pinned } });
    }
    const claimed = await tx.assessment.updateMany({ where: { id: assessment.id, status: "draft" }, data: { status: "published", publishedAt: new Date() } });
    if (claimed.count === 0) throw new AssessmentError("This version was published already.", 409);
  });
}

/**
 * Editing a published version makes a new draft (version + 1, same family), or returns the
 * family's draft when there is one already. Invites keep the version they were sent.
 */
export async function editableVersion(user: Manager, id: string): Promise<{ id: string }> {
  const assessment = await requireAssessment(user, id);
  if (assessment.status === "draft") return { id: assessment.id };
  const familyId = assessment.familyId ?? assessment.id;
  return prisma.$transaction(async (tx) => {
    // two Edit clicks at once (two tabs, two servers) make one draft: they take turns on the family's first version
    await lockRow(tx, "Assessment", familyId);
    const latest = await tx.assessment.findFirst({ where: { familyId }, orderBy: { version: "desc" }, select: { id: true, version: true, status: true } });
    if (latest && latest.status === "draft") return { id: latest.id };
    const created = await tx.assessment.create({
      data: {
        ownerId: assessment.ownerId,
        familyId,
        version: (latest?.version ?? assessment.version) + 1,
        status: "draft",
        title: assessment.title,
        description: assessment.description,
        track: assessment.track,
        durationMinutes: assessment.durationMinutes,
        reviewsRequired: assessment.reviewsRequired,
        archivedAt: assessment.archivedAt,
        questions: {
          create: assessment.questions.map((q) => ({ questionVersionId: q.questionVersion.id, position: q.position, points: q.points })),
        },
      },
      select: { id: true },
    });
    return created;
  });
}

/** A copy as a new assessment (its own family), as a draft, owned by whoever copies it. */
export async function duplicate(user: Manager, id: string) {
  const assessment = await requireAssessment(user, id);
  return prisma.$transaction((tx) =>
    createDraft(tx, user.id, {
      title: `Copy of ${assessment.title}`.slice(0, 120),
      description: assessment.description,
      track: assessment.track as DetailsInput["track"],
      durationMinutes: assessment.durationMinutes,
      reviewsRequired: assessment.reviewsRequired,
      questions: assessment.questions.map((q) => ({ versionId: q.questionVersion.id, points: q.points })),
    }),
  );
}

/** Archive or restore the whole family: archived invites can no longer be accepted; results stay. */
export async function setArchived(user: Manager, id: string, archived: boolean) {
  const assessment = await requireAssessment(user, id);
  await prisma.assessment.updateMany({
    where: { familyId: assessment.familyId ?? assessment.id, ...ownerFilter(user) },
    data: { archivedAt: archived ? new Date() : null },
  });
}
