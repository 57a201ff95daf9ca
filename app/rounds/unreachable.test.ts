import { describe, expect, it } from "vitest";
import { asUnreachable, isUnreachable, retryDelayMs } from "./unreachable";

describe("asUnreachable", () => {
  it("turns a failed fetch or a server fault into data the page can show", () => {
    const offline = asUnreachable(new TypeError("Failed to fetch"));
    expect(offline).toEqual({ ok: false, unreachable: true, error: "Could not reach the server." });
    expect(isUnreachable(offline)).toBe(true);
    expect(asUnreachable(new Error("Unexpected Server Error")).error).toBe("The server could not answer.");
  });

  it("lets a response from the server through: a redirect or a 404 is not an outage", () => {
    const redirect = new Response(null, { status: 302, headers: { Location: "/login" } });
    expect(() => asUnreachable(redirect)).toThrow();
    expect(isUnreachable({ ok: false, error: "Time is up" })).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("backs off from 1 s, doubling, to at most 10 s", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
