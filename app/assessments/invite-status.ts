export const INVITE_STATUSES = ["sent", "opened", "started", "submitted", "expired", "revoked"] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

type InviteTimes = { expiresAt: Date; revokedAt: Date | null; openedAt: Date | null };
type AttemptTimes = { finishedAt: Date | null; deadlineAt: Date } | null;

/**
 * Where one invite stands. An attempt, once started, outranks the link's expiry and a
 * later revocation: the candidate's work is what the manager needs to see. An attempt
 * whose deadline passed counts as submitted even before the server has closed it.
 */
export function inviteStatus(invite: InviteTimes, attempt: AttemptTimes, now: Date = new Date()): InviteStatus {
  if (attempt) return attempt.finishedAt || attempt.deadlineAt.getTime() <= now.getTime() ? "submitted" : "started";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return invite.openedAt ? "opened" : "sent";
}
