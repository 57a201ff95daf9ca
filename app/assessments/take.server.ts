import type { SessionUser } from "../auth/auth.server";
import { prisma } from "../db.server";
import { attemptMinutes } from "./forms";
import { hashInviteToken, inviteTokenSchema } from "./tokens.server";

/**
 * Where an invite link leads, for the person holding it. Every refusal names no
 * assessment: only the invited account, signed in, sees the title and the questions.
 */
export type InviteLookup =
  | { kind: "refused"; status: 403 | 404 | 409 | 410; title: string; message: string }
  | { kind: "sign-in" }
  | { kind: "in-progress"; roundId: string }
  | { kind: "ready"; invite: ReadyInvite };

type ReadyInvite = NonNullable<Awaited<ReturnType<typeof findInvite>>>;

const INVALID = {
  kind: "refused",
  status: 404,
  title: "This invitation link is not valid",
  message: "Check that you opened the whole link from the invitation email. If it still fails, ask whoever invited you for a new one.",
} as const;

async function findInvite(token: string) {
  return prisma.assessmentInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    include: {
      assessment: {
        select: {
          id: true,
          title: true,
          description: true,
          track: true,
          durationMinutes: true,
          archivedAt: true,
          status: true,
          questions: { orderBy: { position: "asc" }, select: { questionVersionId: true, position: true, points: true, questionVersion: { select: { kind: true } } } },
        },
      },
      round: { select: { id: true, finishedAt: true, deadlineAt: true, userId: true } },
    },
  });
}

export async function lookupInvite(rawToken: string, user: Pick<SessionUser, "id" | "email"> | null, now = new Date()): Promise<InviteLookup> {
  const parsed = inviteTokenSchema.safeParse(rawToken);
  if (!parsed.success) return INVALID;
  const invite = await findInvite(parsed.data);
  if (!invite || invite.assessment.status !== "published") return INVALID;
  if (!invite.round) {
    if (invite.revokedAt) {
      return { kind: "refused", status: 410, title: "This invitation was withdrawn", message: "Whoever invited you withdrew this invitation. Ask them if you think this is a mistake." };
    }
    if (invite.assessment.archivedAt) {
      return { kind: "refused", status: 410, title: "This assessment is closed", message: "It no longer accepts candidates. Ask whoever invited you if you think this is a mistake." };
    }
    if (invite.expiresAt.getTime() <= now.getTime()) {
      return { kind: "refused", status: 410, title: "This invitation has expired", message: "Ask whoever invited you to send it again: a new link will reach you by email." };
    }
  }
  if (!user) {
    await markOpened(invite.id, invite.openedAt, now);
    return { kind: "sign-in" };
  }
  if (user.email.toLowerCase() !== invite.email.toLowerCase()) {
    return {
      kind: "refused",
      status: 403,
      title: "This invitation is for another account",
      message: `You are signed in as ${user.email}, but the invitation was sent to a different address. Log out, then open the link again and sign in or sign up with the address the invitation was sent to.`,
    };
  }
  if (invite.round) {
    const over = invite.round.finishedAt !== null || invite.round.deadlineAt.getTime() <= now.getTime();
    if (invite.round.userId === user.id && !over) return { kind: "in-progress", roundId: invite.round.id };
    return {
      kind: "refused",
      status: 409,
      title: "This invitation has been used",
      message: "The assessment was taken with this link already, and each invitation allows one attempt. If you took it: your answers were submitted, thank you.",
    };
  }
  await markOpened(invite.id, invite.openedAt, now);
  return { kind: "ready", invite };
}

async function markOpened(inviteId: string, openedAt: Date | null, now: Date) {
  if (!openedAt) await prisma.assessmentInvite.updateMany({ where: { id: inviteId, openedAt: null }, data: { openedAt: now } });
}

const KIND_NAMES: Record<string, [string, string]> = {
  mcq: ["multiple-choice question", "multiple-choice questions"],
  numeric: ["numeric question", "numeric questions"],
  short: ["short-answer question", "short-answer questions"],
  coding: ["coding question", "coding questions"],
  design: ["system-design question", "system-design questions"],
  behavioral: ["behavioural question", "behavioural questions"],
};

/** What the start page may show: title, time with the accommodation, how many questions of which kinds. Nothing else. */
export function startPageView(invite: ReadyInvite) {
  const counts = new Map<string, number>();
  for (const q of invite.assessment.questions) counts.set(q.questionVersion.kind, (counts.get(q.questionVersion.kind) ?? 0) + 1);
  return {
    title: invite.assessment.title,
    description: invite.assessment.description,
    baseMinutes: invite.assessment.durationMinutes,
    minutes: attemptMinutes(invite.assessment.durationMinutes, invite),
    accommodated: invite.timeMultiplier !== 1 || invite.extraMinutes !== 0,
    questionCount: invite.assessment.questions.length,
    kinds: [...counts].map(([kind, n]) => `${n} ${KIND_NAMES[kind]?.[n === 1 ? 0 : 1] ?? kind}`),
    expiresAt: invite.expiresAt.toISOString(),
  };
}

/**
 * Start the one attempt of this invite: a round of the pinned versions with their points,
 * graded at the end, whose deadline includes the accommodation. A second Start (another
 * tab, a double click, a race) gets the same round.
 */
export async function startAttempt(invite: ReadyInvite, userId: string, now = new Date()): Promise<string> {
  const a = invite.assessment;
  const deadlineAt = new Date(now.getTime() + attemptMinutes(a.durationMinutes, invite) * 60_000);
  const existing = () => prisma.assessmentInvite.findUniqueOrThrow({ where: { id: invite.id }, select: { roundId: true } });
  const current = await existing();
  if (current.roundId) return current.roundId;
  try {
    return await createAttempt(invite, userId, now, deadlineAt);
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    return (await existing()).roundId!;
  }
}

class LostRace extends Error {}

async function createAttempt(invite: ReadyInvite, userId: string, now: Date, deadlineAt: Date): Promise<string> {
  const a = invite.assessment;
  return prisma.$transaction(async (tx) => {
    const round = await tx.round.create({
      data: {
        userId,
        track: a.track,
        stage: null,
        loopTemplate: null,
        gradingMode: "end",
        startedAt: now,
        deadlineAt,
        assessmentId: a.id,
        questions: { create: a.questions.map((q) => ({ questionVersionId: q.questionVersionId, position: q.position, points: q.points })) },
      },
      select: { id: true },
    });
    // only the first Start claims the invite; the other transaction rolls back its round
    const claimed = await tx.assessmentInvite.updateMany({
      where: { id: invite.id, roundId: null },
      data: { roundId: round.id, candidateId: userId, acceptedAt: now },
    });
    if (claimed.count === 0) throw new LostRace();
    return round.id;
  });
}

/** The candidate's own finished-or-running assessment attempt, for the thank-you page; null for anything else. */
export async function ownAttempt(userId: string, roundId: string) {
  return prisma.round.findFirst({
    where: { id: roundId, userId, assessmentId: { not: null } },
    select: { id: true, finishedAt: true, deadlineAt: true, userId: true, assessment: { select: { title: true } } },
  });
}

/** The round page's heading for an attempt: the assessment's title rather than a practice label. */
export async function attemptTitle(assessmentId: string): Promise<string> {
  const a = await prisma.assessment.findUnique({ where: { id: assessmentId }, select: { title: true } });
  return a?.title ?? "Assessment";
}
