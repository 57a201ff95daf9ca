import { prisma } from "../db.server";
import { RoundError } from "../rounds/errors";
import { isOpen } from "../rounds/rounds.server";
import { integrityLimits, snapshotsToThin, toServerTime, type IntegrityBatch, type IntegrityLimits } from "./integrity-events";
import { buildTimeline, type RecordedEvent, type Timeline } from "./integrity-timeline";

/**
 * Store one batch from the candidate's page. Only the candidate's own assessment attempt,
 * only while it is open (a practice round, someone else's attempt or an unknown id is a
 * 404; after the deadline a 409, as for answers). Events past the per-answer cap are
 * dropped; snapshots past the caps thin the older ones.
 */
export async function recordBatch(userId: string, roundId: string, batch: IntegrityBatch, now = new Date(), limits: IntegrityLimits = integrityLimits()) {
  const round = await prisma.round.findFirst({
    where: { id: roundId, userId, assessmentId: { not: null } },
    select: { id: true, startedAt: true, deadlineAt: true, finishedAt: true, questions: { select: { id: true } } },
  });
  if (!round) throw new RoundError("There is no such assessment attempt.", 404);
  if (!isOpen(round, now.getTime())) throw new RoundError("This attempt has ended: nothing more is recorded.", 409);
  const ids = new Set(round.questions.map((q) => q.id));
  const foreign = [...batch.events, ...batch.snapshots].find((e) => e.question !== undefined && !ids.has(e.question));
  if (foreign) throw new RoundError("That question is not part of this attempt.", 400);

  const at = (browserAt: number) => new Date(toServerTime(browserAt, batch.sentAt, now.getTime(), round.startedAt.getTime()));
  const counts = batch.events.length
    ? await prisma.integrityEvent.groupBy({ by: ["roundQuestionId"], where: { roundId }, _count: { _all: true } })
    : [];
  const used = new Map(counts.map((c) => [c.roundQuestionId ?? "", c._count._all]));
  const events = [];
  for (const e of batch.events) {
    const key = e.question ?? "";
    const n = used.get(key) ?? 0;
    if (n >= limits.eventsPerAnswer) continue;
    used.set(key, n + 1);
    events.push({
      roundId,
      roundQuestionId: e.question ?? null,
      type: e.type,
      at: at(e.at),
      chars: e.type === "paste" ? e.chars : null,
      durationMs: e.type === "back" ? e.durationMs : null,
    });
  }
  const snapshots = batch.snapshots.map((s) => ({
    roundId,
    roundQuestionId: s.question,
    at: at(s.at),
    language: s.language ?? null,
    content: s.content,
    bytes: Buffer.byteLength(s.content, "utf8"),
  }));
  // most batches carry only events or only snapshots: no statement (nor transaction) for an empty list
  const writes = [
    ...(events.length ? [prisma.integrityEvent.createMany({ data: events })] : []),
    ...(snapshots.length ? [prisma.answerSnapshot.createMany({ data: snapshots })] : []),
  ];
  if (writes.length > 1) await prisma.$transaction(writes);
  else if (writes.length === 1) await writes[0];
  if (snapshots.length) await thinSnapshots(roundId, limits);
  return { events: events.length, snapshots: snapshots.length };
}

async function thinSnapshots(roundId: string, limits: IntegrityLimits) {
  const stored = await prisma.answerSnapshot.findMany({ where: { roundId }, select: { id: true, roundQuestionId: true, at: true, bytes: true } });
  const drop = snapshotsToThin(
    stored.map((s) => ({ id: s.id, question: s.roundQuestionId, at: s.at.getTime(), bytes: s.bytes })),
    { perAnswer: limits.snapshotsPerAnswer, bytes: limits.bytesPerAttempt },
  );
  if (drop.size) await prisma.answerSnapshot.deleteMany({ where: { id: { in: [...drop] } } });
}

export type PlaybackFrame = { at: string | null; code: string; label: string };
export type Playback = { questionId: string; position: number; title: string; kind: string; language: string | null; frames: PlaybackFrame[] };

type ItemForReport = {
  id: string;
  position: number;
  title: string;
  kind: string;
  response: { type: string; code?: string; language?: string; text?: string };
};

/**
 * What the owner sees of how an attempt came about: the timeline and a playback per code
 * and text answer, from empty through every kept snapshot to the graded version.
 */
export async function integrityReport(roundId: string, items: ItemForReport[], now = new Date()): Promise<{ timeline: Timeline; playbacks: Playback[]; recorded: boolean }> {
  const round = await prisma.round.findUniqueOrThrow({ where: { id: roundId }, select: { startedAt: true, deadlineAt: true, finishedAt: true } });
  const [events, snapshots] = await Promise.all([
    prisma.integrityEvent.findMany({ where: { roundId }, orderBy: { at: "asc" }, select: { type: true, at: true, roundQuestionId: true, chars: true, durationMs: true } }),
    prisma.answerSnapshot.findMany({ where: { roundId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { roundQuestionId: true, at: true, content: true, language: true } }),
  ]);
  const endedAt = round.finishedAt ?? new Date(Math.min(now.getTime(), round.deadlineAt.getTime()));
  const timeline = buildTimeline({
    startedAt: round.startedAt.getTime(),
    endedAt: endedAt.getTime(),
    questions: items.map((i) => ({ id: i.id, position: i.position, title: i.title, kind: i.kind })),
    events: events.map((e): RecordedEvent => ({ type: e.type as RecordedEvent["type"], at: e.at.getTime(), question: e.roundQuestionId, chars: e.chars, durationMs: e.durationMs })),
  });
  const playbacks: Playback[] = [];
  for (const item of items) {
    if (item.kind !== "coding" && item.kind !== "design" && item.kind !== "behavioral") continue;
    const own = snapshots.filter((s) => s.roundQuestionId === item.id);
    const frames: PlaybackFrame[] = [{ at: null, code: "", label: "Empty" }];
    for (const s of own) {
      if (s.content !== frames[frames.length - 1].code) frames.push({ at: s.at.toISOString(), code: s.content, label: "Snapshot" });
    }
    const final = item.response.type === "code" ? (item.response.code ?? "") : item.response.type === "text" ? (item.response.text ?? "") : null;
    if (final !== null) {
      if (final === frames[frames.length - 1].code && frames.length > 1) frames[frames.length - 1].label = "Graded version";
      else frames.push({ at: null, code: final, label: "Graded version" });
    }
    if (frames.length < 2) continue;
    playbacks.push({
      questionId: item.id,
      position: item.position,
      title: item.title,
      kind: item.kind,
      language: item.response.type === "code" ? (item.response.language ?? null) : (own.at(-1)?.language ?? null),
      frames,
    });
  }
  return { timeline, playbacks, recorded: events.length + snapshots.length > 0 };
}
