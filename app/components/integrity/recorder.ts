import type { AnswerSnapshotInput, IntegrityEventInput } from "../../assessments/integrity-events";

export const FLUSH_MS = 5_000;
export const SNAPSHOT_MS = 2_000;
// what one request carries at most; the rest waits for the next flush
const EVENTS_PER_BATCH = 200;
const SNAPSHOTS_PER_BATCH = 20;
// a browser may keep at most 64 KB of keepalive bodies in flight
const KEEPALIVE_CHARS = 60_000;
// a long outage must not grow the page without bound: beyond this the oldest queued snapshots go
const QUEUE_SNAPSHOTS = 200;

type Draft = { serialized: string; at: number };

/**
 * Collects what an open assessment attempt records — pastes (size), the page losing and
 * regaining focus, which question is on screen, and snapshots of code and text answers —
 * and sends it in batches on its own requests, so typing and autosave never wait for it.
 */
export class IntegrityRecorder {
  private events: IntegrityEventInput[] = [];
  private snapshots: AnswerSnapshotInput[] = [];
  private pending = new Map<string, Draft>();
  private lastSnapshot = new Map<string, string>();
  private current: string | null = null;
  private away = false;
  private awaySince = 0;
  private sending = false;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly recordedKinds: Map<string, string>,
  ) {}

  view(questionId: string) {
    this.current = questionId;
    this.push({ type: "view", question: questionId, at: Date.now() });
  }

  paste(chars: number) {
    if (!this.current) return;
    this.push({ type: "paste", question: this.current, at: Date.now(), chars });
  }

  /** The page lost focus; a hidden page may never come back, so its batch leaves at once. */
  leave(hidden: boolean) {
    if (!this.away) {
      this.away = true;
      this.awaySince = Date.now();
      this.push({ type: "away", question: this.current ?? undefined, at: Date.now() });
    }
    if (hidden) {
      this.takeSnapshots();
      void this.flush(true);
    }
  }

  back() {
    if (!this.away) return;
    this.away = false;
    const now = Date.now();
    this.push({ type: "back", question: this.current ?? undefined, at: now, durationMs: Math.max(0, now - this.awaySince) });
  }

  /** A draft as useAutosave serialised it: kept as is, read only when a snapshot is taken (never per keystroke). */
  draft(questionId: string, serialized: string) {
    if (!this.recordedKinds.has(questionId)) return;
    this.pending.set(questionId, { serialized, at: Date.now() });
  }

  /** Drafts changed since the last snapshot become snapshots (at most one per answer per tick); only code and free text are kept. */
  takeSnapshots() {
    for (const [question, draft] of this.pending) {
      const snapshot = this.toSnapshot(question, draft);
      if (!snapshot || this.lastSnapshot.get(question) === snapshot.content) continue;
      this.lastSnapshot.set(question, snapshot.content);
      this.snapshots.push(snapshot);
    }
    this.pending.clear();
    if (this.snapshots.length > QUEUE_SNAPSHOTS) this.snapshots.splice(0, this.snapshots.length - QUEUE_SNAPSHOTS);
  }

  private toSnapshot(question: string, draft: Draft): AnswerSnapshotInput | null {
    let fields: { code?: unknown; text?: unknown; language?: unknown };
    try {
      fields = JSON.parse(draft.serialized) as typeof fields;
    } catch {
      return null;
    }
    const content = this.recordedKinds.get(question) === "coding" ? fields.code : fields.text;
    if (typeof content !== "string") return null;
    const language = fields.language === "python" || fields.language === "js" || fields.language === "ts" ? fields.language : undefined;
    return { question, at: draft.at, language, content: content.slice(0, 200_000) };
  }

  /**
   * Send what is queued. While the page is away (focus elsewhere but still visible) the
   * batch waits for the return, so leaving and coming back travel together and the time
   * away between them is measured on one clock.
   */
  async flush(force = false): Promise<void> {
    if (this.away && !force) return;
    if (this.stopped || this.sending || (this.events.length === 0 && this.snapshots.length === 0)) return;
    const events = this.events.splice(0, EVENTS_PER_BATCH);
    const snapshots = this.snapshots.splice(0, SNAPSHOTS_PER_BATCH);
    const body = JSON.stringify({ sentAt: Date.now(), events, snapshots });
    this.sending = true;
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
        credentials: "same-origin",
        // lets the last batch leave with the page (tab closed, attempt finished)
        keepalive: body.length <= KEEPALIVE_CHARS,
      });
      // the attempt has ended or is not recordable: stop, nothing to retry
      if (response.status === 404 || response.status === 409) this.stopped = true;
      else if (response.status >= 500) this.requeue(events, snapshots);
    } catch {
      this.requeue(events, snapshots);
    } finally {
      this.sending = false;
    }
  }

  private requeue(events: IntegrityEventInput[], snapshots: AnswerSnapshotInput[]) {
    this.events.unshift(...events);
    this.snapshots.unshift(...snapshots);
  }

  private push(event: IntegrityEventInput) {
    if (this.stopped) return;
    this.events.push(event);
  }
}
