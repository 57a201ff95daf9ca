// One simulated candidate taking the assessment the way the round page's code does it:
// the invite link (a full page), Start, the round's data, then per question typing with
// autosaves every ~3 s, Run and Submit on the coding questions, Submit on the others,
// the deadline poll and the integrity batches in the background, and Finish.
import type { Browser, RemixResult } from "./http";
import type { Metrics } from "./metrics";
import type { Solutions } from "./seed";

// the round page's own cadences (use-autosave.ts, use-live-deadline.ts, integrity/recorder.ts)
const AUTOSAVE_MS = 3_000;
const DEADLINE_POLL_MS = 5_000;
const SNAPSHOT_MS = 2_000;
const FLUSH_MS = 5_000;
const SNAPSHOT_KINDS = new Set(["coding", "design", "behavioral"]);
const ROUND_ROUTE = "routes/practice.rounds.$roundId._index";

/** What the client was told was saved: compared with the database at the end. */
export class Ledger {
  /** per round question: the last response any acknowledged request stored */
  readonly responses = new Map<string, { roundId: string; response: Record<string, unknown> }>();
  /**
   * per round question: responses sent after the last acknowledged one whose requests
   * failed; any of them may have been stored (a Run that saved the code, then crashed)
   */
  readonly unacknowledged = new Map<string, Record<string, unknown>[]>();
  /** every code submission whose verdict reached the client */
  readonly submissions: { roundQuestionId: string; language: string; code: string; verdict: string }[] = [];
  /** answers whose Submit was acknowledged */
  readonly submitted = new Set<string>();
  readonly finished = new Set<string>();
}

type QuestionView = {
  id: string;
  question: { kind: string; options?: { id: string }[]; multiple?: boolean; languages?: string[] };
};

export type Plan = {
  token: string;
  /** ms since the epoch */
  startAt: number;
  endAt: number;
  /** the coding questions' solutions, in the order the assessment lists them, with the language each is answered in */
  coding: { language: "python" | "js"; solutions: Solutions }[];
  rng: () => number;
  label: string;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export class Candidate {
  private roundId = "";
  private events: unknown[] = [];
  private snapshots: { question: string; at: number; language?: string; content: string }[] = [];
  private pending = new Map<string, { at: number; language?: string; content: string }>();
  private lastSnapshot = new Map<string, string>();
  private kinds = new Map<string, string>();
  private sending: Promise<void> | null = null;
  private stopped = false;
  private submits = 0;
  private lastStatus = 0;

  constructor(
    private readonly browser: Browser,
    private readonly metrics: Metrics,
    private readonly ledger: Ledger,
    private readonly plan: Plan,
  ) {}

  private get actionUrl() {
    return `/practice/rounds/${this.roundId}?index`;
  }

  async take(): Promise<void> {
    await sleep(this.plan.startAt - Date.now());
    const page = await this.browser.document("invite-page", `/invite/${this.plan.token}`);
    if (page.ok && !page.html.includes("Start the assessment")) this.metrics.wrong("invite-page", "no Start button");
    const started = await this.browser.action("start", `/invite/${this.plan.token}`, { intent: "start" });
    const match = started.redirect?.match(/^\/practice\/rounds\/([^/?]+)/);
    if (!match) return this.metrics.wrong("start", `no redirect to the round (${started.status})`);
    this.roundId = match[1];
    const questions = await this.loadRound("round-load");
    if (!questions) return;
    for (const q of questions) this.kinds.set(q.id, q.question.kind);

    const background = [this.every(DEADLINE_POLL_MS, () => this.pollDeadline()), this.every(SNAPSHOT_MS, () => this.takeSnapshots()), this.every(FLUSH_MS, () => this.flush())];
    try {
      await this.answerAll(questions);
    } finally {
      // a finish sends what is queued first, while the attempt is still open (integrity-recorder.tsx)
      this.takeSnapshots();
      await this.flush();
      this.stopped = true;
      await Promise.all(background);
    }
    await this.finish();
  }

  private async loadRound(kind: string): Promise<QuestionView[] | null> {
    const loaded = await this.browser.loaders(kind, `/practice/rounds/${this.roundId}`);
    const route = (loaded.data as Record<string, RemixResult> | undefined)?.[ROUND_ROUTE] as { data?: { questions?: QuestionView[] } } | undefined;
    const questions = route?.data?.questions;
    if (loaded.status === 200 && !questions) this.metrics.wrong(kind, `no questions (${JSON.stringify(loaded).slice(0, 200)})`);
    return questions ?? null;
  }

  // Time per kind of question, as shares of what is left once the round is open.
  private static SHARE: Record<string, number> = { coding: 0.28, mcq: 0.05, numeric: 0.05, short: 0.09, design: 0.12, behavioral: 0.08 };

  private async answerAll(questions: QuestionView[]) {
    const total = questions.reduce((sum, q) => sum + (Candidate.SHARE[q.question.kind] ?? 0.05), 0);
    const span = this.plan.endAt - Date.now();
    let coding = 0;
    for (const q of questions) {
      const until = Date.now() + (span * (Candidate.SHARE[q.question.kind] ?? 0.05)) / total;
      this.view(q.id);
      const kind = q.question.kind;
      if (kind === "coding") await this.code(q, this.plan.coding[coding++], until);
      else if (kind === "mcq") await this.choose(q, until);
      else if (kind === "numeric") await this.write(q, until, "value", () => (this.plan.rng() < 0.5 ? "0.5" : "1.96"), 1);
      else if (kind === "short") await this.write(q, until, "text", (i) => words(i * 2).slice(0, 200), 3);
      else await this.write(q, until, "text", (i) => words(i * 25), Infinity);
      await sleep(until - Date.now());
    }
  }

  /** Coding: type towards a solution, Run the examples, Submit; a wrong first try is fixed and submitted again. */
  private async code(q: QuestionView, spec: { language: "python" | "js"; solutions: Solutions } | undefined, until: number) {
    if (!spec) return this.metrics.wrong("plan", "more coding questions than solutions");
    const { language, solutions } = spec;
    const comment = language === "python" ? "#" : "//";
    const span = until - Date.now();
    const wrongFirst = solutions.wrong.length > 0 && this.plan.rng() < 0.4;
    const first = wrongFirst ? solutions.wrong[Math.floor(this.plan.rng() * solutions.wrong.length)] : solutions.reference;
    // a distinct comment per candidate and try: no submission is an identical resubmit
    const tagged = (code: string) => `${code.trimEnd()}\n${comment} ${this.plan.label} try ${++this.submits}\n`;

    const typingEnd = Date.now() + span * 0.45;
    await this.typeCode(q, language, typingEnd, (f) => solutions.starter + "\n" + first.slice(0, Math.ceil(first.length * f)));
    const code = tagged(first);
    await this.whenBusyRetry(() => this.post("run", q.id, { intent: "run", language, code }, (r) => hasRun(r)));
    await sleep(500 + this.plan.rng() * 1500);
    await this.submitCode(q, language, code);
    if (!wrongFirst) return;
    const fixEnd = Date.now() + span * 0.3;
    await this.typeCode(q, language, fixEnd, (f) => `${first.slice(0, Math.ceil(first.length * (1 - f)))}\n${solutions.reference.slice(0, Math.ceil(solutions.reference.length * f))}`);
    await this.submitCode(q, language, tagged(solutions.reference));
  }

  private async typeCode(q: QuestionView, language: string, until: number, text: (fraction: number) => string) {
    const steps = Math.max(1, Math.floor((until - Date.now()) / AUTOSAVE_MS));
    for (let i = 1; i <= steps; i++) {
      await sleep(this.jittered(AUTOSAVE_MS));
      await this.save(q.id, { language, code: text(i / steps) });
    }
  }

  private async submitCode(q: QuestionView, language: string, code: string) {
    const r = await this.whenBusyRetry(() => this.post("submit-code", q.id, { intent: "submit-code", language, code }, (r) => hasRun(r)));
    if (!r) return;
    this.metrics.verdicts.push(r.ms);
    const verdict = String((r.data as { run: { verdict?: string } }).run.verdict);
    this.ledger.submissions.push({ roundQuestionId: q.id, language, code, verdict });
    // the page's loaders run again after a Submit (shouldRevalidate)
    await this.loadRound("round-reload");
  }

  /** "The grader is busy right now … try again in a few seconds": a person does, twice at most. */
  private async whenBusyRetry<T>(send: () => Promise<T | null>): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      const result = await send();
      if (result || this.lastStatus !== 503 || attempt === 2) return result;
      await sleep(this.jittered(3_000));
    }
  }

  private async choose(q: QuestionView, until: number) {
    const options = q.question.options ?? [];
    const pick = () => options[Math.floor(this.plan.rng() * options.length)]?.id ?? "a";
    let choices = [pick()];
    if (q.question.multiple && this.plan.rng() < 0.5) choices = [...new Set([...choices, pick()])];
    const think = (until - Date.now()) / 3;
    await sleep(this.jittered(Math.min(think, AUTOSAVE_MS)));
    await this.save(q.id, { choices });
    await sleep(this.jittered(Math.min(think, AUTOSAVE_MS)));
    await this.submitAnswer(q, { choices });
  }

  /** Free text and values: one autosave per ~3 s while it grows, then Submit. */
  private async write(q: QuestionView, until: number, field: "text" | "value", text: (step: number) => string, maxSteps: number) {
    const steps = Math.max(1, Math.min(maxSteps, Math.floor((until - Date.now()) / AUTOSAVE_MS) - 1));
    let value = "";
    for (let i = 1; i <= steps; i++) {
      await sleep(this.jittered(AUTOSAVE_MS));
      value = text(i);
      await this.save(q.id, { [field]: value });
    }
    await sleep(this.jittered(1_500));
    await this.submitAnswer(q, { [field]: value });
  }

  private async submitAnswer(q: QuestionView, fields: Record<string, string | string[]>) {
    const r = await this.post("submit", q.id, { intent: "submit", ...fields }, (r) => typeof (r.data as { outcome?: { status?: string } }).outcome?.status === "string");
    if (!r) return;
    this.ledger.submitted.add(q.id);
    await this.loadRound("round-reload");
  }

  private async save(questionId: string, fields: Record<string, string | string[]>) {
    this.note(questionId, fields);
    await this.post("autosave", questionId, { intent: "save", ...fields }, (r) => typeof (r.data as { savedAt?: unknown }).savedAt === "string");
  }

  /** An answer-changing post; when acknowledged, what it stored is what the database must hold. */
  private async post(kind: string, questionId: string, fields: Record<string, string | string[]>, good: (r: RemixResult) => boolean) {
    const { intent: _intent, ...response } = fields;
    const r = await this.browser.action(kind, this.actionUrl, { question: questionId, ...fields });
    this.lastStatus = r.status;
    const acknowledged = r.status === 200 && (r.data as { ok?: boolean } | undefined)?.ok === true && good(r);
    if (r.status === 200 && !acknowledged) this.metrics.wrong(kind, JSON.stringify(r.data ?? r.error ?? null).slice(0, 200));
    if (!acknowledged) {
      this.ledger.unacknowledged.set(questionId, [...(this.ledger.unacknowledged.get(questionId) ?? []), response]);
      return null;
    }
    this.ledger.responses.set(questionId, { roundId: this.roundId, response });
    this.ledger.unacknowledged.delete(questionId);
    return r;
  }

  private async finish() {
    const r = await this.browser.action("finish", this.actionUrl, { intent: "finish" });
    if (!r.redirect?.startsWith(`/practice/rounds/${this.roundId}/results`)) return this.metrics.wrong("finish", `no redirect to the results (${r.status})`);
    this.ledger.finished.add(this.roundId);
    // the results page of an attempt sends the candidate on to the thank-you page
    let next: string | undefined = r.redirect;
    for (let hops = 0; next && hops < 3; hops++) next = (await this.browser.loaders("after-finish", next)).redirect;
  }

  private async pollDeadline() {
    const r = await this.browser.json("deadline-poll", "GET", `/rounds/${this.roundId}/deadline`);
    if (r.ok && typeof (r.body as { deadline?: unknown })?.deadline !== "string") this.metrics.wrong("deadline-poll", "no deadline");
  }

  private view(questionId: string) {
    this.events.push({ type: "view", question: questionId, at: Date.now() });
  }

  private note(questionId: string, fields: Record<string, unknown>) {
    if (!SNAPSHOT_KINDS.has(this.kinds.get(questionId) ?? "")) return;
    const content = String(fields.code ?? fields.text ?? "");
    this.pending.set(questionId, { at: Date.now(), language: fields.language as string | undefined, content });
  }

  private takeSnapshots() {
    for (const [question, draft] of this.pending) {
      if (this.lastSnapshot.get(question) === draft.content) continue;
      this.lastSnapshot.set(question, draft.content);
      this.snapshots.push({ question, ...draft });
    }
    this.pending.clear();
  }

  private async flush() {
    if (this.sending) return this.sending;
    if (this.events.length === 0 && this.snapshots.length === 0) return;
    const events = this.events.splice(0, 200);
    const snapshots = this.snapshots.splice(0, 20);
    this.sending = (async () => {
      const r = await this.browser.json("integrity", "POST", `/rounds/${this.roundId}/integrity`, { sentAt: Date.now(), events, snapshots });
      if (r.status >= 500 || r.status === 0) {
        this.events.unshift(...events);
        this.snapshots.unshift(...snapshots);
      }
    })();
    await this.sending;
    this.sending = null;
  }

  /** Runs `task` every `ms` until the candidate is done; a slow task delays the next, as setTimeout chains do. */
  private async every(ms: number, task: () => unknown) {
    while (!this.stopped) {
      const wake = Date.now() + ms;
      while (!this.stopped && Date.now() < wake) await sleep(Math.min(250, wake - Date.now()));
      if (this.stopped) return;
      await task();
    }
  }

  /** ±1/3 around the nominal interval: people do not type in lockstep. */
  private jittered(ms: number) {
    return ms * (2 / 3 + (2 / 3) * this.plan.rng());
  }
}

function hasRun(r: RemixResult): boolean {
  const run = (r.data as { run?: { verdict?: unknown } } | undefined)?.run;
  return typeof run?.verdict === "string";
}

const WORDS = "the model serves features from a store with a cache in front and a queue behind it so that latency stays low while the batch jobs retrain weekly on fresh labels".split(" ");

function words(n: number): string {
  return Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(" ");
}
