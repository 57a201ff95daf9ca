import pg from "pg";
import { prisma } from "../db.server";
import { QueueWaitTimeout } from "./errors";
import { VERDICT_CHANNEL } from "./queue";

type Waiting = { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

/**
 * Resolves a web request's wait for a verdict. The fast path is a NOTIFY from the runner
 * on a dedicated connection (LISTEN cannot share a pool's connections); a poll of the
 * database, only while someone waits, covers a notification lost to a reconnect.
 */
export class VerdictWaiter {
  private readonly waiting = new Map<string, Waiting[]>();
  private client: pg.Client | undefined;
  private poller: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly pollMs: number,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on("notification", (message) => {
      if (message.channel === VERDICT_CHANNEL && message.payload) this.settle(message.payload);
    });
    client.on("error", () => this.reconnect(client));
    client.on("end", () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${VERDICT_CHANNEL}`);
    this.client = client;
  }

  private reconnect(broken: pg.Client) {
    if (this.closed || this.client !== broken) return;
    this.client = undefined;
    broken.removeAllListeners("end");
    void broken.end().catch(() => {});
    const retry = () => {
      if (this.closed) return;
      this.connect().catch(() => setTimeout(retry, 1_000).unref());
    };
    setTimeout(retry, 200).unref();
  }

  /** Resolves when the submission is finished (or gone); rejects with QueueWaitTimeout after `timeoutMs`. */
  wait(submissionId: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const entry: Waiting = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.drop(submissionId, entry);
          reject(new QueueWaitTimeout(submissionId, timeoutMs));
        }, timeoutMs),
      };
      this.waiting.set(submissionId, [...(this.waiting.get(submissionId) ?? []), entry]);
      this.poller ??= setInterval(() => void this.poll(), this.pollMs);
    });
  }

  private drop(submissionId: string, entry: Waiting) {
    const rest = (this.waiting.get(submissionId) ?? []).filter((w) => w !== entry);
    if (rest.length) this.waiting.set(submissionId, rest);
    else this.waiting.delete(submissionId);
    this.stopPollingIfIdle();
  }

  private settle(submissionId: string) {
    const entries = this.waiting.get(submissionId);
    if (!entries) return;
    this.waiting.delete(submissionId);
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.resolve();
    }
    this.stopPollingIfIdle();
  }

  private stopPollingIfIdle() {
    if (this.waiting.size === 0 && this.poller) {
      clearInterval(this.poller);
      this.poller = undefined;
    }
  }

  private async poll() {
    const ids = [...this.waiting.keys()];
    if (!ids.length) return;
    try {
      const open = await prisma.codeSubmission.findMany({ where: { id: { in: ids }, status: { not: "finished" } }, select: { id: true } });
      const stillOpen = new Set(open.map((r) => r.id));
      for (const id of ids) if (!stillOpen.has(id)) this.settle(id);
    } catch {
      // the next tick tries again; the waits time out on their own
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.poller) clearInterval(this.poller);
    for (const [id, entries] of this.waiting) {
      for (const entry of entries) {
        clearTimeout(entry.timer);
        entry.reject(new QueueWaitTimeout(id, 0));
      }
    }
    this.waiting.clear();
    await this.client?.end().catch(() => {});
  }
}
