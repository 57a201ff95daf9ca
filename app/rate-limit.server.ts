import { createHash } from "node:crypto";
import { prisma } from "./db.server";
import type { PrismaClient } from "./generated/prisma/client";

export type Taken = { allowed: true; hitId: number } | { allowed: false; retryAfterMs: number };

type Options = { now?: () => number; db?: PrismaClient };

/** How often one process clears everyone's expired hits: often enough to keep the table small. */
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;

/**
 * At most `max` attempts per key (an address, an account at an address, a user) in any
 * sliding window of `windowMs`, counted in the RateLimitHit table so that every web server
 * sees the same attempts.
 *
 * An attempt records its hit first and counts afterwards, each statement committed on its
 * own (no transaction: inside one, PostgreSQL's count would not see a racing server's
 * uncommitted hit). Of any attempts racing on one key, the last to record its hit sees all
 * the others, so no more than `max` are ever let through per window, whatever the number of
 * servers. A race may refuse an attempt that would have fit (it saw a hit that was then
 * withdrawn); it never lets one too many through. Refused attempts withdraw their hit, so
 * hammering a limited key does not push its window further out. Servers' clocks are assumed
 * to agree (NTP) to well within a window.
 */
export class RateLimit {
  private readonly now: () => number;
  private readonly db: PrismaClient;

  constructor(
    private readonly name: string,
    private readonly max: number,
    private readonly windowMs: number,
    options: Options = {},
  ) {
    this.now = options.now ?? Date.now;
    this.db = options.db ?? prisma;
  }

  /** Let one attempt through and count it, or say how long the key must wait (counting nothing). */
  async take(key: string): Promise<Taken> {
    const now = this.now();
    await this.pruneNowAndThen(now);
    const hashed = this.hash(key);
    const hit = await this.db.rateLimitHit.create({
      data: { key: hashed, at: new Date(now), expiresAt: new Date(now + this.windowMs) },
      select: { id: true },
    });
    const recent = await this.db.rateLimitHit.count({ where: { key: hashed, at: { gt: new Date(now - this.windowMs) } } });
    if (recent <= this.max) return { allowed: true, hitId: hit.id };
    await this.release(hit.id);
    // A racing attempt that has since withdrawn its own hit can leave nothing to wait for: a moment then.
    return { allowed: false, retryAfterMs: (await this.retryAfterMs(key)) || 1_000 };
  }

  /** Milliseconds until the key may try again, or 0 when it may now. */
  async retryAfterMs(key: string): Promise<number> {
    const now = this.now();
    // the oldest of the last `max` hits: the window frees a place when it slides past it
    const oldest = await this.db.rateLimitHit.findFirst({
      where: { key: this.hash(key), at: { gt: new Date(now - this.windowMs) } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: this.max - 1,
      select: { at: true },
    });
    return oldest ? Math.max(oldest.at.getTime() + this.windowMs - now, 0) : 0;
  }

  /** Give back an attempt that turned out not to count (a log-in that succeeded). */
  async release(hitId: number): Promise<void> {
    await this.db.rateLimitHit.deleteMany({ where: { id: hitId } });
  }

  /** Forget every attempt of the key. */
  async reset(key: string): Promise<void> {
    await this.db.rateLimitHit.deleteMany({ where: { key: this.hash(key) } });
  }

  // Keys carry e-mail and network addresses; the table needs only to tell them apart.
  private hash(key: string): string {
    return createHash("sha256").update(`${this.name}\u0000${key}`).digest("base64url");
  }

  private async pruneNowAndThen(now: number): Promise<void> {
    if (now - lastPrune < PRUNE_EVERY_MS && now >= lastPrune) return;
    lastPrune = now;
    await this.db.rateLimitHit.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  }
}
