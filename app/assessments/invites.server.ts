import type { SessionUser } from "../auth/auth.server";
import { prisma } from "../db.server";
import { mailConfigured, sendMail } from "../mail.server";
import { requireAssessment } from "./assessments.server";
import { AssessmentError } from "./errors";
import { attemptMinutes, EXPIRY_DAYS_DEFAULT } from "./forms";
import type { Invitee, InviteList } from "./invite-list";
import { inviteStatus } from "./invite-status";
import { inviteLink, newInviteToken } from "./tokens.server";

type Manager = Pick<SessionUser, "id" | "permissions">;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Shown once, right after creating or resending: the token is not stored, only its hash. */
export type IssuedLink = { email: string; link: string; mailed: boolean };

/** Invites of every version of the family, newest first, with where each stands. */
export async function familyInvites(assessment: { id: string; familyId: string | null }, now = new Date()) {
  const invites = await prisma.assessmentInvite.findMany({
    where: { assessment: { familyId: assessment.familyId ?? assessment.id } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      openedAt: true,
      sentAt: true,
      timeMultiplier: true,
      extraMinutes: true,
      assessment: { select: { version: true, durationMinutes: true } },
      round: { select: { startedAt: true, finishedAt: true, deadlineAt: true } },
    },
  });
  return invites.map(({ round, assessment: version, ...invite }) => ({
    ...invite,
    version: version.version,
    minutes: attemptMinutes(version.durationMinutes, invite),
    startedAt: round?.startedAt ?? null,
    status: inviteStatus(invite, round, now),
  }));
}

export async function invitedEmails(assessment: { id: string; familyId: string | null }): Promise<Set<string>> {
  const rows = await prisma.assessmentInvite.findMany({
    where: { assessment: { familyId: assessment.familyId ?? assessment.id } },
    select: { email: true },
  });
  return new Set(rows.map((r) => r.email));
}

/** The family's newest published version: the one new invites are sent to. */
async function invitableVersion(user: Manager, id: string) {
  const assessment = await requireAssessment(user, id);
  if (assessment.archivedAt) throw new AssessmentError("This assessment is archived: restore it to invite anyone.", 409);
  const published = await prisma.assessment.findFirst({
    where: { familyId: assessment.familyId ?? assessment.id, status: "published" },
    orderBy: { version: "desc" },
    select: { id: true, title: true },
  });
  if (!published) throw new AssessmentError("Publish the assessment before inviting candidates.", 409, { addresses: "Publish first" });
  return { assessment, published };
}

async function mailInvite(to: string, title: string, link: string, expiresAt: Date): Promise<boolean> {
  return sendMail({
    to,
    subject: `You're invited: ${title}`,
    text:
      `You have been invited to take the assessment "${title}" on Loopwright.\n\n` +
      `Open this link to start (it works for ${to} only, until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC):\n${link}\n\n` +
      `The timer starts only when you press Start.`,
  });
}

/**
 * Invite the valid addresses of a checked list to the newest published version. All rows
 * are written first, then mailed; a mail that fails leaves the invite in place with its
 * link shown to the manager.
 */
export async function createInvites(user: Manager, id: string, list: InviteList, opts: { expiryDays?: number; origin: string }) {
  const { published } = await invitableVersion(user, id);
  if (list.error) throw new AssessmentError(list.error, 413, { addresses: list.error });
  if (list.valid.length === 0) throw new AssessmentError("No valid address to invite.", 400, { addresses: "No valid address to invite" });
  const expiresAt = new Date(Date.now() + (opts.expiryDays ?? EXPIRY_DAYS_DEFAULT) * DAY_MS);
  const issued = list.valid.map((invitee: Invitee) => ({ invitee, ...newInviteToken() }));
  try {
    await prisma.$transaction(
      issued.map(({ invitee, tokenHash }) =>
        prisma.assessmentInvite.create({ data: { assessmentId: published.id, email: invitee.email, name: invitee.name, tokenHash, expiresAt } }),
      ),
    );
  } catch (error) {
    // another request invited one of these addresses a moment ago: nothing was written
    if ((error as { code?: string }).code === "P2002") {
      throw new AssessmentError("Some of these addresses were invited meanwhile; nothing was sent. Check the list and try again.", 409);
    }
    throw error;
  }
  const links: IssuedLink[] = [];
  for (const { invitee, token, tokenHash } of issued) {
    const link = inviteLink(opts.origin, token);
    const mailed = await mailInvite(invitee.email, published.title, link, expiresAt);
    if (mailed) await prisma.assessmentInvite.update({ where: { tokenHash }, data: { sentAt: new Date() } });
    links.push({ email: invitee.email, link, mailed });
  }
  return { links, mailConfigured: mailConfigured() };
}

/** An invite of this family, if the user may manage the assessment. */
async function requireInvite(user: Manager, id: string, inviteId: string) {
  const assessment = await requireAssessment(user, id);
  const invite = await prisma.assessmentInvite.findFirst({
    where: { id: inviteId, assessment: { familyId: assessment.familyId ?? assessment.id } },
    include: { assessment: { select: { title: true, archivedAt: true } } },
  });
  if (!invite) throw new AssessmentError("There is no such invite.", 404);
  return invite;
}

export async function revokeInvite(user: Manager, id: string, inviteId: string) {
  const invite = await requireInvite(user, id, inviteId);
  if (invite.roundId) throw new AssessmentError("This candidate has started already; the attempt stands.", 409);
  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { revokedAt: invite.revokedAt ?? new Date() } });
}

/** A new token (the old link stops working), a fresh expiry, and the mail again. */
export async function resendInvite(user: Manager, id: string, inviteId: string, opts: { expiryDays?: number; origin: string }) {
  const invite = await requireInvite(user, id, inviteId);
  if (invite.roundId) throw new AssessmentError("This candidate has started already; there is nothing to resend.", 409);
  if (invite.assessment.archivedAt) throw new AssessmentError("This assessment is archived: restore it to resend invites.", 409);
  const { token, tokenHash } = newInviteToken();
  const expiresAt = new Date(Date.now() + (opts.expiryDays ?? EXPIRY_DAYS_DEFAULT) * DAY_MS);
  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { tokenHash, expiresAt, revokedAt: null, sentAt: null } });
  const link = inviteLink(opts.origin, token);
  const mailed = await mailInvite(invite.email, invite.assessment.title, link, expiresAt);
  if (mailed) await prisma.assessmentInvite.update({ where: { id: invite.id }, data: { sentAt: new Date() } });
  return { links: [{ email: invite.email, link, mailed }], mailConfigured: mailConfigured() };
}

/** Extra time, set before the start; the attempt's deadline is computed from it on Start. */
export async function setAccommodation(user: Manager, id: string, inviteId: string, input: { timeMultiplier: number; extraMinutes: number }) {
  const invite = await requireInvite(user, id, inviteId);
  if (invite.roundId) throw new AssessmentError("This candidate has started already; accommodations apply before the start.", 409);
  await prisma.assessmentInvite.update({ where: { id: invite.id }, data: input });
}
