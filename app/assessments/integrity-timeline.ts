/**
 * The owner's timeline of one attempt, built from the recorded events: per answer the
 * time it was on screen, the pastes with their size and the time the page was away.
 * Pure, and shared by the server (building) and the page (wording).
 */

export type RecordedEvent = { type: "paste" | "view" | "away" | "back"; at: number; question: string | null; chars: number | null };

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

  let current: string | null = null;
  let shownSince = startedAt;
  let away: { since: number; question: string | null } | null = null;
  const unattributedAway: AwayPeriod[] = [];

  const addTime = (until: number) => {
    if (current && rows.has(current)) rows.get(current)!.timeMs += Math.max(0, until - shownSince);
  };
  const closeAway = (to: number, ongoing: boolean) => {
    if (!away) return;
    const period = { from: away.since, to, ms: Math.max(0, to - away.since), ongoing };
    const row = away.question ? rows.get(away.question) : undefined;
    (row ? row.away : unattributedAway).push(period);
    away = null;
    shownSince = to;
  };

  for (const e of events) {
    switch (e.type) {
      case "view":
        if (away) closeAway(e.at, false);
        else if (current) addTime(e.at);
        // the time before the first question was shown belongs to the first one shown
        else if (e.question && rows.has(e.question)) rows.get(e.question)!.timeMs += e.at - startedAt;
        current = e.question;
        shownSince = e.at;
        break;
      case "away":
        if (away) break;
        addTime(e.at);
        away = { since: e.at, question: e.question ?? current };
        break;
      case "back":
        closeAway(e.at, false);
        break;
      case "paste":
        if (e.question && rows.has(e.question)) rows.get(e.question)!.pastes.push({ at: e.at, chars: e.chars ?? 0 });
        break;
    }
  }
  if (away) closeAway(endedAt, true);
  else addTime(endedAt);

  const questions = [...rows.values()].sort((a, b) => a.position - b.position);
  const allAway = [...questions.flatMap((q) => q.away), ...unattributedAway];
  const pastes = questions.flatMap((q) => q.pastes);
  return {
    questions,
    awayMs: allAway.reduce((sum, p) => sum + p.ms, 0),
    awayCount: allAway.length,
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
