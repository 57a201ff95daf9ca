import { TRACKS, type Track } from "../../questions/taxonomy";
import type { CodeExecutor } from "../runners/executor.server";
import { hasPermission, type SessionUser } from "../auth/auth.server";
import { prisma } from "../db.server";
import { finishIfExpired } from "../rounds/answers.server";
import { isBlank, type QuestionKind } from "../rounds/responses";
import { isOpen } from "../rounds/rounds.server";
import { trackBars } from "../scores/dashboard.server";
import { scoreAttempt, type AnswerFacts, type AttemptScore, type ScoredQuestion } from "./attempt-score";
import { inviteStatus, type InviteStatus } from "./invite-status";

type Viewer = Pick<SessionUser, "id" | "permissions">;

/**
 * The assessment if this user may read (or change) it: its owner, or anyone holding the
 * ":any" permission (admins). Everyone else gets null, which routes answer with a 404
 * so nobody learns whether the assessment exists.
 */
export async function findAssessmentFor(user: Viewer, assessmentId: string, action: "read" | "update" = "read") {
  if (!hasPermission(user, `${action}:assessment:own`)) return null;
  const any = hasPermission(user, `${action}:assessment:any`);
  return prisma.assessment.findFirst({
    where: { id: assessmentId, ...(any ? {} : { ownerId: user.id }) },
    select: { id: true, title: true, track: true, durationMinutes: true, version: true, status: true, archivedAt: true, familyId: true, ownerId: true },
  });
}

/**
 * The other versions of this assessment that have invites: editing a published assessment
 * makes a new version, and invites stay with the version they were sent, so each version's
 * results are a page of their own.
 */
export async function otherVersions(assessment: Pick<AccessibleAssessment, "id" | "familyId" | "ownerId">) {
  const family = assessment.familyId ?? assessment.id;
  const versions = await prisma.assessment.findMany({
    where: { ownerId: assessment.ownerId, OR: [{ id: family }, { familyId: family }], NOT: { id: assessment.id }, invites: { some: {} } },
    orderBy: { version: "asc" },
    select: { id: true, version: true, _count: { select: { invites: true } } },
  });
  return versions.map((v) => ({ id: v.id, version: v.version, invites: v._count.invites }));
}

export type AccessibleAssessment = NonNullable<Awaited<ReturnType<typeof findAssessmentFor>>>;

export type ResultColumn = ScoredQuestion & { position: number; title: string };

/** The assessment's questions in order: one column each in the table, the CSV and the comparison. */
export async function resultColumns(assessmentId: string): Promise<ResultColumn[]> {
  const rows = await prisma.assessmentQuestion.findMany({
    where: { assessmentId },
    orderBy: { position: "asc" },
    select: { position: true, points: true, questionVersion: { select: { id: true, title: true, kind: true, stage: true, skills: true } } },
  });
  return rows.map((r) => ({
    versionId: r.questionVersion.id,
    position: r.position,
    title: r.questionVersion.title,
    kind: r.questionVersion.kind,
    stage: r.questionVersion.stage,
    skills: JSON.parse(r.questionVersion.skills) as string[],
    points: r.points,
  }));
}

export type ResultRow = {
  inviteId: string;
  name: string;
  email: string;
  status: InviteStatus;
  startedAt: string | null;
  submittedAt: string | null;
  deadlineAt: string | null;
  timeUsedMs: number | null;
  /** Only once the attempt is over. */
  score: AttemptScore | null;
  total: number | null;
  pendingReview: number;
};

const inviteSelect = {
  id: true,
  email: true,
  name: true,
  expiresAt: true,
  revokedAt: true,
  openedAt: true,
  candidate: { select: { name: true } },
  round: {
    select: {
      id: true,
      userId: true,
      startedAt: true,
      deadlineAt: true,
      finishedAt: true,
      answers: { select: { questionVersionId: true, response: true, score: true, gradedBy: true } },
    },
  },
} as const;

function loadInvites(assessmentId: string, inviteIds?: readonly string[]) {
  return prisma.assessmentInvite.findMany({
    where: { assessmentId, ...(inviteIds ? { id: { in: [...inviteIds] } } : {}) },
    orderBy: { createdAt: "asc" },
    select: inviteSelect,
  });
}

/**
 * One row per invite (or per one of `inviteIds`, when given) with its status, times and
 * scores against the target track's bars. Attempts whose clock ran out are closed (and
 * graded) first, as the round page would.
 */
export async function assessmentResults(
  assessment: Pick<AccessibleAssessment, "id" | "track">,
  sandbox: CodeExecutor,
  { inviteIds, now = new Date() }: { inviteIds?: readonly string[]; now?: Date } = {},
): Promise<{ columns: ResultColumn[]; rows: ResultRow[] }> {
  let invites = await loadInvites(assessment.id, inviteIds);
  const expired = invites.map((i) => i.round).filter((r) => r !== null && r.finishedAt === null && !isOpen(r, now.getTime()));
  if (expired.length) {
    for (const round of expired) await finishIfExpired(sandbox, round!);
    invites = await loadInvites(assessment.id, inviteIds);
  }
  const [columns, bars] = await Promise.all([resultColumns(assessment.id), trackBars()]);
  const target = toTrack(assessment.track);
  const rows = invites.map((invite): ResultRow => {
    const round = invite.round;
    const status = inviteStatus(invite, round, now);
    let score: AttemptScore | null = null;
    // while the attempt runs nothing is graded yet: a score would read as a poor result
    if (round && status === "submitted") {
      const answers = new Map<string, AnswerFacts>();
      for (const a of round.answers) {
        const kind = columns.find((c) => c.versionId === a.questionVersionId)?.kind as QuestionKind | undefined;
        const blank = kind ? isBlank(kind, JSON.parse(a.response) as Record<string, unknown>) : true;
        answers.set(a.questionVersionId, { score: a.score, gradedBy: a.gradedBy, blank });
      }
      score = scoreAttempt(columns, answers, target, bars);
    }
    const end = round ? Math.min((round.finishedAt ?? now).getTime(), round.deadlineAt.getTime()) : null;
    return {
      inviteId: invite.id,
      name: invite.name || invite.candidate?.name || "",
      email: invite.email,
      status,
      startedAt: round?.startedAt.toISOString() ?? null,
      submittedAt: round?.finishedAt?.toISOString() ?? null,
      deadlineAt: round?.deadlineAt.toISOString() ?? null,
      timeUsedMs: round && end !== null ? Math.max(0, end - round.startedAt.getTime()) : null,
      score,
      total: score?.total ?? null,
      pendingReview: score?.pendingReview ?? 0,
    };
  });
  return { columns, rows };
}

function toTrack(track: string): Track {
  return (TRACKS as readonly string[]).includes(track) ? (track as Track) : "mid";
}
