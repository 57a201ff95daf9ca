import { describe, expect, it } from "vitest";
import { inviteStatus } from "./invite-status";

const now = new Date("2026-12-06T12:00:00Z");
const later = new Date("2026-12-13T12:00:00Z");
const earlier = new Date("2026-12-01T12:00:00Z");
const invite = { expiresAt: later, revokedAt: null, openedAt: null };

describe("inviteStatus", () => {
  it("is sent, then opened, before any attempt", () => {
    expect(inviteStatus(invite, null, now)).toBe("sent");
    expect(inviteStatus({ ...invite, openedAt: earlier }, null, now)).toBe("opened");
  });
  it("is expired or revoked only while nothing was started", () => {
    expect(inviteStatus({ ...invite, expiresAt: earlier }, null, now)).toBe("expired");
    expect(inviteStatus({ ...invite, revokedAt: earlier }, null, now)).toBe("revoked");
    expect(inviteStatus({ ...invite, revokedAt: earlier }, { finishedAt: null, deadlineAt: later }, now)).toBe("started");
  });
  it("is submitted once finished or past the deadline", () => {
    expect(inviteStatus(invite, { finishedAt: now, deadlineAt: later }, now)).toBe("submitted");
    expect(inviteStatus(invite, { finishedAt: null, deadlineAt: earlier }, now)).toBe("submitted");
  });
});
