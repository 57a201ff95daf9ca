import { describe, expect, it } from "vitest";
import { freeSlots, holdExpiry, holdsPlace, liveHolds } from "./holds";

const now = new Date("2026-12-06T12:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

describe("review holds", () => {
  it("last 30 minutes", () => {
    expect(holdExpiry(now)).toEqual(minutes(30));
  });

  it("an expired hold no longer counts", () => {
    const holds = [
      { reviewerId: "a", expiresAt: minutes(10) },
      { reviewerId: "b", expiresAt: minutes(-1) },
      { reviewerId: "c", expiresAt: now },
    ];
    expect(liveHolds(holds, now).map((h) => h.reviewerId)).toEqual(["a"]);
    expect(freeSlots(2, 0, holds, now, "z")).toBe(1);
  });

  it("other reviewers' live holds use up the slots; one's own keeps one's place", () => {
    const holds = [
      { reviewerId: "a", expiresAt: minutes(10) },
      { reviewerId: "b", expiresAt: minutes(20) },
    ];
    expect(freeSlots(2, 0, holds, now, "c")).toBe(0);
    expect(freeSlots(2, 0, holds, now, "a")).toBe(1);
    expect(holdsPlace(holds, now, "a")).toBe(true);
    expect(holdsPlace(holds, minutes(15), "a")).toBe(false);
    expect(freeSlots(2, 1, holds, minutes(15), "c")).toBe(0);
    expect(freeSlots(2, 1, holds, minutes(25), "c")).toBe(1);
  });
});
