import { z } from "zod";

/**
 * What the browser sends while an assessment attempt is open: a batch of observed events
 * and snapshots of code and text answers, stamped with the browser's clock (the server
 * shifts them by the offset between `sentAt` and its own clock on arrival).
 */

/** The caps of one batch; the browser sends smaller ones. */
export const BATCH_LIMITS = { events: 300, snapshots: 60, snapshotChars: 200_000 } as const;

const questionId = z.string().min(1).max(64);
const at = z.number().int().nonnegative().max(8.64e15);

export const integrityEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paste"), question: questionId, at, chars: z.number().int().min(0).max(10_000_000) }),
  z.object({ type: z.literal("view"), question: questionId, at }),
  z.object({ type: z.literal("away"), question: questionId.optional(), at }),
  // the time away measured on the browser's clock, so it survives batches sent on either side of it
  z.object({ type: z.literal("back"), question: questionId.optional(), at, durationMs: z.number().int().min(0).max(7 * 86_400_000) }),
]);

export const answerSnapshotSchema = z.object({
  question: questionId,
  at,
  language: z.enum(["python", "js", "ts"]).optional(),
  content: z.string().max(BATCH_LIMITS.snapshotChars, "A snapshot is too long"),
});

export const integrityBatchSchema = z.object({
  sentAt: at,
  events: z.array(integrityEventSchema).max(BATCH_LIMITS.events, "Too many events in one batch").default([]),
  snapshots: z.array(answerSnapshotSchema).max(BATCH_LIMITS.snapshots, "Too many snapshots in one batch").default([]),
});

export type IntegrityEventInput = z.infer<typeof integrityEventSchema>;
export type AnswerSnapshotInput = z.infer<typeof answerSnapshotSchema>;
export type IntegrityBatch = z.infer<typeof integrityBatchSchema>;

const limitsSchema = z.object({
  INTEGRITY_MAX_EVENTS: z.coerce.number().int().min(10).max(1_000_000).default(2_000),
  INTEGRITY_MAX_SNAPSHOTS: z.coerce.number().int().min(3).max(100_000).default(500),
  INTEGRITY_MAX_BYTES: z.coerce.number().int().min(10_000).max(1_000_000_000).default(4_000_000),
});

export type IntegrityLimits = { eventsPerAnswer: number; snapshotsPerAnswer: number; bytesPerAttempt: number };

/** Caps per answer and per attempt, settable by environment variable; a bad value falls back to the default. */
export function integrityLimits(env: Record<string, string | undefined> = process.env): IntegrityLimits {
  const parsed = limitsSchema.safeParse(env);
  const v = parsed.success ? parsed.data : limitsSchema.parse({});
  return { eventsPerAnswer: v.INTEGRITY_MAX_EVENTS, snapshotsPerAnswer: v.INTEGRITY_MAX_SNAPSHOTS, bytesPerAttempt: v.INTEGRITY_MAX_BYTES };
}

/** A browser time moved onto the server's clock, never before the start nor after now. */
export function toServerTime(browserAt: number, browserSentAt: number, serverNow: number, startedAt: number): number {
  const shifted = browserAt + (serverNow - browserSentAt);
  return Math.min(serverNow, Math.max(startedAt, shifted));
}

type SnapshotMeta = { id: string; question: string; at: number; bytes: number };

/**
 * Which stored snapshots to delete so each answer keeps at most `perAnswer` and the
 * attempt at most `bytes`: every other snapshot goes, oldest first, so what is left stays
 * spread over the whole attempt. The first and the newest snapshot of each answer are
 * never removed (the newest is the version the playback ends on).
 */
export function snapshotsToThin(snapshots: SnapshotMeta[], limits: { perAnswer: number; bytes: number }): Set<string> {
  const drop = new Set<string>();
  const byQuestion = new Map<string, SnapshotMeta[]>();
  for (const s of [...snapshots].sort((a, b) => a.at - b.at)) {
    const list = byQuestion.get(s.question) ?? [];
    list.push(s);
    byQuestion.set(s.question, list);
  }
  // removable: every snapshot but the first and the last of its answer, oldest first
  const removable = (list: SnapshotMeta[]) => list.slice(1, -1).filter((s) => !drop.has(s.id));
  const thinPass = (candidates: SnapshotMeta[], enough: () => boolean) => {
    for (let i = 0; i < candidates.length && !enough(); i += 2) drop.add(candidates[i].id);
  };
  for (const list of byQuestion.values()) {
    const kept = () => list.filter((s) => !drop.has(s.id)).length;
    while (kept() > limits.perAnswer) {
      const candidates = removable(list);
      if (candidates.length === 0) break;
      thinPass(candidates, () => kept() <= limits.perAnswer);
    }
  }
  let total = snapshots.filter((s) => !drop.has(s.id)).reduce((sum, s) => sum + s.bytes, 0);
  while (total > limits.bytes) {
    const candidates = [...byQuestion.values()].flatMap(removable).sort((a, b) => a.at - b.at);
    if (candidates.length === 0) break;
    for (let i = 0; i < candidates.length && total > limits.bytes; i += 2) {
      drop.add(candidates[i].id);
      total -= candidates[i].bytes;
    }
  }
  return drop;
}
