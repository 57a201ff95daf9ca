// Claims on answers. Pure: which holds still count, and whether a reviewer may take one.

export const HOLD_MINUTES = 30;

export type Hold = { reviewerId: string; expiresAt: Date };

export const holdExpiry = (now: Date) => new Date(now.getTime() + HOLD_MINUTES * 60_000);

export const liveHolds = (holds: readonly Hold[], now: Date) => holds.filter((h) => h.expiresAt.getTime() > now.getTime());

/**
 * Reviews still free to start: what is needed, less what is in, less the live holds
 * of other reviewers. A reviewer's own live hold keeps their place.
 */
export function freeSlots(needed: number, have: number, holds: readonly Hold[], now: Date, reviewerId?: string): number {
  const others = liveHolds(holds, now).filter((h) => h.reviewerId !== reviewerId).length;
  return Math.max(0, needed - have - others);
}

export function holdsPlace(holds: readonly Hold[], now: Date, reviewerId: string): boolean {
  return liveHolds(holds, now).some((h) => h.reviewerId === reviewerId);
}
