import { describe, expect, it } from "vitest";
import { integrityBatchSchema, integrityLimits, snapshotsToThin, toServerTime } from "./integrity-events";
import { awayText, buildTimeline, pasteText, spokenDuration, type RecordedEvent } from "./integrity-timeline";

describe("event validation", () => {
  it("accepts a batch of known events", () => {
    const parsed = integrityBatchSchema.safeParse({
      sentAt: 1000,
      events: [
        { type: "paste", question: "q1", at: 900, chars: 1240 },
        { type: "away", at: 950 },
        { type: "back", question: "q1", at: 990, durationMs: 40 },
      ],
      snapshots: [{ question: "q1", at: 980, language: "python", content: "def f():\n  pass" }],
    });
    expect(parsed.success).toBe(true);
  });

  it("refuses unknown types, negative sizes, huge batches and oversized snapshots", () => {
    const bad = [
      { sentAt: 1, events: [{ type: "keylog", question: "q", at: 1 }] },
      { sentAt: 1, events: [{ type: "paste", question: "q", at: 1, chars: -5 }] },
      { sentAt: 1, events: [{ type: "back", at: 1 }] },
      { sentAt: 1, events: Array.from({ length: 301 }, () => ({ type: "away", at: 1 })) },
      { sentAt: 1, snapshots: [{ question: "q", at: 1, content: "x".repeat(200_001) }] },
      { sentAt: 1, snapshots: [{ question: "q", at: 1, content: "x", language: "cobol" }] },
      { sentAt: "soon" },
    ];
    for (const b of bad) expect(integrityBatchSchema.safeParse(b).success).toBe(false);
  });

  it("reads the caps from the environment, falling back on bad values", () => {
    expect(integrityLimits({})).toEqual({ eventsPerAnswer: 2000, snapshotsPerAnswer: 500, bytesPerAttempt: 4_000_000 });
    expect(integrityLimits({ INTEGRITY_MAX_SNAPSHOTS: "50" }).snapshotsPerAnswer).toBe(50);
    expect(integrityLimits({ INTEGRITY_MAX_SNAPSHOTS: "lots" }).snapshotsPerAnswer).toBe(500);
  });

  it("moves browser times onto the server clock, within the attempt", () => {
    // the browser's clock runs 10 s behind the server's
    expect(toServerTime(50_000, 60_000, 70_000, 0)).toBe(60_000);
    expect(toServerTime(0, 60_000, 70_000, 30_000)).toBe(30_000);
    expect(toServerTime(99_000, 60_000, 70_000, 0)).toBe(70_000);
  });
});

describe("thinning snapshots", () => {
  const series = (question: string, n: number, bytes = 10) => Array.from({ length: n }, (_, i) => ({ id: `${question}-${i}`, question, at: i * 1000, bytes }));

  it("keeps each answer within its cap, and always its first and newest snapshot", () => {
    const all = series("a", 20);
    const drop = snapshotsToThin(all, { perAnswer: 8, bytes: 1e9 });
    const kept = all.filter((s) => !drop.has(s.id));
    expect(kept.length).toBeLessThanOrEqual(8);
    expect(kept[0].id).toBe("a-0");
    expect(kept.at(-1)!.id).toBe("a-19");
  });

  it("thins older snapshots first, leaving the recent ones dense", () => {
    const all = series("a", 12);
    const drop = snapshotsToThin(all, { perAnswer: 9, bytes: 1e9 });
    expect([...drop].sort()).toEqual(["a-1", "a-3", "a-5"]);
  });

  it("removes nothing under the caps", () => {
    expect(snapshotsToThin(series("a", 5), { perAnswer: 5, bytes: 50 }).size).toBe(0);
  });

  it("keeps the attempt under its byte cap across answers, never dropping a final version", () => {
    const all = [...series("a", 30, 100), ...series("b", 30, 100)];
    const drop = snapshotsToThin(all, { perAnswer: 500, bytes: 2_000 });
    const kept = all.filter((s) => !drop.has(s.id));
    expect(kept.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThanOrEqual(2_000);
    expect(kept.map((s) => s.id)).toEqual(expect.arrayContaining(["a-29", "b-29"]));
  });

  it("stops when only first and final versions are left, even over the byte cap", () => {
    const all = series("a", 3, 1000);
    const drop = snapshotsToThin(all, { perAnswer: 500, bytes: 10 });
    expect([...drop]).toEqual(["a-1"]);
  });
});

describe("timeline", () => {
  const questions = [
    { id: "q1", position: 1, title: "Brackets", kind: "coding" },
    { id: "q2", position: 2, title: "Design", kind: "design" },
  ];
  const min = 60_000;

  it("splits time by the question on screen and takes time away out of it", () => {
    const events: RecordedEvent[] = [
      { type: "view", at: 1_000, question: "q1", chars: null },
      { type: "paste", at: 2 * min, question: "q1", chars: 1240 },
      { type: "away", at: 3 * min, question: "q1", chars: null },
      { type: "back", at: 3 * min + 190_000, question: "q1", chars: null, durationMs: 190_000 },
      { type: "view", at: 10 * min, question: "q2", chars: null },
    ];
    const t = buildTimeline({ startedAt: 0, endedAt: 20 * min, questions, events });
    const [q1, q2] = t.questions;
    expect(q1.timeMs).toBe(10 * min - 190_000);
    expect(q2.timeMs).toBe(10 * min);
    expect(q1.pastes).toEqual([{ at: 2 * min, chars: 1240 }]);
    expect(q1.away).toEqual([{ from: 3 * min, to: 3 * min + 190_000, ms: 190_000, ongoing: false }]);
    expect(t).toMatchObject({ awayMs: 190_000, awayCount: 1, pasteCount: 1, pasteChars: 1240 });
  });

  it("counts a page that left and never came back as away until the end", () => {
    const events: RecordedEvent[] = [
      { type: "view", at: 0, question: "q2", chars: null },
      { type: "away", at: 5 * min, question: null, chars: null },
    ];
    const t = buildTimeline({ startedAt: 0, endedAt: 8 * min, questions, events });
    expect(t.questions[1].away).toEqual([{ from: 5 * min, to: 8 * min, ms: 3 * min, ongoing: true }]);
    expect(t.questions[1].timeMs).toBe(5 * min);
  });

  it("treats a reopened page as a return, and ignores a second 'away' while away", () => {
    const events: RecordedEvent[] = [
      { type: "view", at: 0, question: "q1", chars: null },
      { type: "away", at: min, question: "q1", chars: null },
      { type: "away", at: 2 * min, question: "q1", chars: null },
      { type: "view", at: 4 * min, question: "q1", chars: null },
    ];
    const t = buildTimeline({ startedAt: 0, endedAt: 5 * min, questions, events });
    expect(t.questions[0].away.map((a) => a.ms)).toEqual([3 * min]);
    expect(t.questions[0].timeMs).toBe(2 * min);
  });

  it("trusts the browser's measure of an absence whose two ends arrived in different batches", () => {
    // the return's batch was shifted by another clock offset: a view now sits inside the absence
    const events: RecordedEvent[] = [
      { type: "view", at: 0, question: "q1", chars: null },
      { type: "away", at: min, question: "q1", chars: null },
      { type: "view", at: 2 * min, question: "q1", chars: null },
      { type: "back", at: 4 * min, question: "q1", chars: null, durationMs: 3 * min },
    ];
    const t = buildTimeline({ startedAt: 0, endedAt: 5 * min, questions, events });
    expect(t.questions[0].away).toEqual([{ from: min, to: 4 * min, ms: 3 * min, ongoing: false }]);
    expect(t.awayCount).toBe(1);
    expect(t.questions[0].timeMs).toBe(2 * min);
  });

  it("words what was observed", () => {
    expect(spokenDuration(190_000)).toBe("3 min 10 s");
    expect(spokenDuration(45_000)).toBe("45 s");
    expect(pasteText({ at: Date.UTC(2026, 11, 6, 12, 4, 0), chars: 1240 })).toBe("Pasted 1,240 characters at 12:04:00 UTC");
    expect(awayText({ from: Date.UTC(2026, 11, 6, 12, 5, 0), to: Date.UTC(2026, 11, 6, 12, 8, 10), ms: 190_000, ongoing: false })).toBe(
      "Away for 3 min 10 s (12:05:00 UTC – 12:08:10 UTC)",
    );
  });
});
