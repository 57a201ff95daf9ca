import { describe, expect, it } from "vitest";
import { hashInviteToken, inviteLink, inviteTokenSchema, newInviteToken } from "./tokens.server";

describe("invite tokens", () => {
  it("carry at least 128 random bits in a link-safe form, and only their hash is kept", () => {
    const { token, tokenHash } = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(24);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashInviteToken(token)).toBe(tokenHash);
  });

  it("differ every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newInviteToken().token));
    expect(tokens.size).toBe(200);
  });

  it("verify only the exact token", () => {
    const { token, tokenHash } = newInviteToken();
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(hashInviteToken(flipped)).not.toBe(tokenHash);
  });

  it("refuse malformed tokens before any lookup", () => {
    expect(inviteTokenSchema.safeParse(newInviteToken().token).success).toBe(true);
    for (const bad of ["", "short", "x".repeat(33), "a".repeat(31) + "/", "../../etc/passwd".padEnd(32, "a")]) {
      expect(inviteTokenSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("make links on this site", () => {
    expect(inviteLink("http://localhost:3211", "abc")).toBe("http://localhost:3211/invite/abc");
  });
});
