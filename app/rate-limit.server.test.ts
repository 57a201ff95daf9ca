import { afterAll, describe, expect, it } from "vitest";
import { createClient, prisma } from "./db.server";
import { RateLimit } from "./rate-limit.server";

// A second connection to the same database: what a second web server would have.
const otherServer = createClient(process.env.DATABASE_URL!);
afterAll(() => otherServer.$disconnect());

describe("RateLimit", () => {
  it("lets `max` attempts through, then says how long until the window frees a place", async () => {
    let now = 1_000_000;
    const limit = new RateLimit("t-window", 3, 60_000, { now: () => now });
    for (let i = 0; i < 3; i++) {
      expect((await limit.take("a")).allowed).toBe(true);
      now += 1_000;
    }
    expect(await limit.take("a")).toEqual({ allowed: false, retryAfterMs: 57_000 });
    expect(await limit.retryAfterMs("a")).toBe(57_000);
    expect((await limit.take("b")).allowed).toBe(true);
    now += 57_000;
    expect(await limit.retryAfterMs("a")).toBe(0);
    expect((await limit.take("a")).allowed).toBe(true);
  });

  it("does not count refused attempts, so hammering a limited key does not push its window out", async () => {
    let now = 2_000_000;
    const limit = new RateLimit("t-refused", 2, 10_000, { now: () => now });
    await limit.take("k");
    await limit.take("k");
    for (let i = 0; i < 5; i++) {
      now += 1_000;
      expect((await limit.take("k")).allowed).toBe(false);
    }
    now = 2_000_000 + 10_000;
    expect((await limit.take("k")).allowed).toBe(true);
  });

  it("forgets a key on reset and gives one attempt back on release", async () => {
    const limit = new RateLimit("t-reset", 1, 60_000);
    const first = await limit.take("a");
    expect(first.allowed).toBe(true);
    expect((await limit.take("a")).allowed).toBe(false);
    await limit.reset("a");
    const again = await limit.take("a");
    expect(again.allowed).toBe(true);
    if (again.allowed) await limit.release(again.hitId);
    expect(await limit.retryAfterMs("a")).toBe(0);
  });

  it("keeps limits with different names apart for the same key", async () => {
    const one = new RateLimit("t-one", 1, 60_000);
    const two = new RateLimit("t-two", 1, 60_000);
    expect((await one.take("same")).allowed).toBe(true);
    expect((await two.take("same")).allowed).toBe(true);
  });

  it("counts attempts made through another server's connection", async () => {
    const here = new RateLimit("t-shared", 2, 60_000);
    const there = new RateLimit("t-shared", 2, 60_000, { db: otherServer });
    expect((await here.take("user")).allowed).toBe(true);
    expect((await there.take("user")).allowed).toBe(true);
    expect((await here.take("user")).allowed).toBe(false);
    expect((await there.take("user")).allowed).toBe(false);
    expect(await there.retryAfterMs("user")).toBeGreaterThan(59_000);
  });

  it("never lets more than `max` through when two servers race on one key, and refuses nobody while there is room", async () => {
    const here = new RateLimit("t-race", 5, 60_000);
    const there = new RateLimit("t-race", 5, 60_000, { db: otherServer });
    const room = await Promise.all(Array.from({ length: 4 }, (_, i) => (i % 2 ? here : there).take("calm")));
    expect(room.every((r) => r.allowed)).toBe(true);

    // on PostgreSQL these really overlap (each client has a pool); a burst may be refused whole
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? here : there).take("hot")));
    const allowed = results.filter((r) => r.allowed).length;
    expect(allowed).toBeLessThanOrEqual(5);
    // a race may refuse an attempt that would have fit, but the places are not lost: they are free afterwards
    const left = 5 - allowed;
    for (let i = 0; i < left; i++) expect((await here.take("hot")).allowed).toBe(true);
    expect((await there.take("hot")).allowed).toBe(false);
  });

  it("clears expired hits of every key now and then", async () => {
    let now = Date.now() + 10 * 60_000;
    const limit = new RateLimit("t-prune", 5, 1_000, { now: () => now });
    await limit.take("old");
    now += 2 * 60_000;
    await limit.take("new");
    const left = await prisma.rateLimitHit.findMany({ where: { expiresAt: { lt: new Date(now) } } });
    expect(left).toEqual([]);
  });
});
