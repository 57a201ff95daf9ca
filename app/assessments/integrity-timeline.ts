/**
 * The owner's timeline of one attempt, built from the recorded events: per answer the
 * time it was on screen, the pastes with their size and the time the page was away.
 * Pure, and shared by the server (building) and the page (wording).
 */

export type RecordedEvent = {
  type: "paste" | "view" | "away" | "back";
  at: number;
  question: string | null;
  chars: number | null;
  /** on "back": the time away by the browser's own clock */
  durationMs?: number | null;
};

export type AwayPeriod = { from: number; to: number; ms: number; ongoing: boolean };
export type Paste = { at: number; chars: number };

export type QuestionTimeline = {
  id: string;
  position: number;
  title: string;
  kind: string;
  timeMs: number;
  pastes: Paste[];
  away: AwayPeriod[];
};

export type Timeline = {
  questions: QuestionTimeline[];
  awayMs: number;
  awayCount: number;
  pasteCount: number;
  pasteChars: number;
};

type Period = { from: number; to: number; question: string | null; ongoing: boolean };

/**
 * Periods away from the page: each return says how long it was away; a page that left
 * and was opened again (a reload) is back at that view; one that never came back is away
 * until the end. Overlapping periods (the same absence seen both ways) are merged.
 */
function awayPeriods(events: RecordedEvent[], startedAt: number, endedAt: number): Period[] {
  const found: Period[] = [];
  let open: RecordedEvent | null = null;
  let current: string | null = null;
  for (const e of events) {
    if (e.type === "away") {
      open ??= e;
    } else if (e.type === "back") {
      const ms = e.durationMs ?? (open ? e.at - open.at : 0);
      if (ms > 0) found.push({ from: Math.max(startedAt, e.at - ms), to: e.at, question: e.question ?? open?.question ?? current, ongoing: false });
      open = null;
    } else if (e.type === "view") {
      if (open) found.push({ from: open.at, to: e.at, question: open.question ?? current, ongoing: false });
      open = null;
      current = e.question;
    }
  }
  if (open) found.push({ from: open.at, to: endedAt, question: open.question ?? current, ongoing: true });
  found.sort((a, b) => a.from - b.from);
  const merged: Period[] = [];
  for (const p of found) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) {
      if (p.to >= last.to) {
        last.to = p.to;
        last.ongoing = p.ongoing;
      }
    } else merged.push({ ...p });
  }
  return merged;
}

function overlap(from: number, to: number, periods: Period[]): number {
  let ms = 0;
  for (const p of periods) ms += Math.max(0, Math.min(to, p.to) - Math.max(from, p.from));
  return ms;
}

export function buildTimeline(input: {
  startedAt: number;
  endedAt: number;
  questions: { id: string; position: number; title: string; kind: string }[];
  events: RecordedEvent[];
}): Timeline {
  const { startedAt, endedAt } = input;
  const rows = new Map<string, QuestionTimeline>(input.questions.map((q) => [q.id, { ...q, timeMs: 0, pastes: [], away: [] }]));
  const clamp = (t: number) => Math.min(endedAt, Math.max(startedAt, t));
  const events = input.events.map((e) => ({ ...e, at: clamp(e.at) })).sort((a, b) => a.at - b.at);
  const away = awayPeriods(events, startedAt, endedAt);

  // time on screen: from each question shown to the next (the first from the start), less time away
  const views = events.filter((e) => e.type === "view" && e.question && rows.has(e.question));
  views.forEach((v, i) => {
    const from = i === 0 ? startedAt : v.at;
    const to = i + 1 < views.length ? views[i + 1].at : endedAt;
    rows.get(v.question!)!.timeMs += Math.max(0, to - from - overlap(from, to, away));
  });
  for (const e of events) {
    if (e.type === "paste" && e.question && rows.has(e.question)) rows.get(e.question)!.pastes.push({ at: e.at, chars: e.chars ?? 0 });
  }
  const unattributed: AwayPeriod[] = [];
  for (const p of away) {
    const period = { from: p.from, to: p.to, ms: p.to - p.from, ongoing: p.ongoing };
    (p.question && rows.has(p.question) ? rows.get(p.question)!.away : unattributed).push(period);
  }

  const questions = [...rows.values()].sort((a, b) => a.position - b.position);
  const pastes = questions.flatMap((q) => q.pastes);
  return {
    questions,
    awayMs: away.reduce((sum, p) => sum + (p.to - p.from), 0),
    awayCount: away.length,
    pasteCount: pastes.length,
    pasteChars: pastes.reduce((sum, p) => sum + p.chars, 0),
  };
}

// ---- wording: what was observed, nothing more ----

const number = new Intl.NumberFormat("en-GB");
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZone: "UTC" });

/** "12:04:31 UTC" (the same text on the server and in the browser). */
export function clockTime(at: number | string): string {
  return `${clock.format(new Date(at))} UTC`;
}

/** "45 s", "3 min 10 s", "1 h 02 min". */
export function spokenDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min${seconds % 60 ? ` ${seconds % 60} s` : ""}`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

export function pasteText(p: Paste): string {
  return `Pasted ${number.format(p.chars)} ${p.chars === 1 ? "character" : "characters"} at ${clockTime(p.at)}`;
}

export function awayText(p: AwayPeriod): string {
  return p.ongoing
    ? `Away for ${spokenDuration(p.ms)} from ${clockTime(p.from)} until the attempt ended`
    : `Away for ${spokenDuration(p.ms)} (${clockTime(p.from)} – ${clockTime(p.to)})`;
}

export function characters(n: number): string {
  return `${number.format(n)} ${n === 1 ? "character" : "characters"}`;
}
