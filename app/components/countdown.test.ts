import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { announcementFor, Countdown, describeRemaining, formatRemaining, remainingMs, secondsLeft } from "./countdown";

const SERVER_NOW = "2026-01-01T10:00:00.000Z";
const at = (iso: string) => Date.parse(iso);

describe("remainingMs", () => {
  it("counts down by the server's clock when the browser's clock is off", () => {
    const deadline = "2026-01-01T10:05:00.000Z";
    // Browser clock 1 hour behind the server: mounted at 09:00 browser time.
    const mountedAt = at("2026-01-01T09:00:00.000Z");
    expect(remainingMs(deadline, SERVER_NOW, mountedAt, mountedAt)).toBe(5 * 60_000);
    expect(remainingMs(deadline, SERVER_NOW, mountedAt, mountedAt + 61_000)).toBe(5 * 60_000 - 61_000);
    // Browser clock 10 minutes ahead.
    const ahead = at("2026-01-01T10:10:00.000Z");
    expect(remainingMs(deadline, SERVER_NOW, ahead, ahead + 1000)).toBe(5 * 60_000 - 1000);
  });

  it("never goes below zero and fails closed on a bad date", () => {
    expect(remainingMs("2026-01-01T09:00:00.000Z", SERVER_NOW, 0, 0)).toBe(0);
    expect(remainingMs("not a date", SERVER_NOW, 0, 0)).toBe(0);
  });
});

describe("formatRemaining", () => {
  it("shows mm:ss under an hour and h:mm:ss from an hour", () => {
    expect(formatRemaining(0)).toBe("00:00");
    expect(formatRemaining(1)).toBe("00:01");
    expect(formatRemaining(59_000)).toBe("00:59");
    expect(formatRemaining(61_500)).toBe("01:02");
    expect(formatRemaining(59 * 60_000 + 59_000)).toBe("59:59");
    expect(formatRemaining(3_600_000)).toBe("1:00:00");
    expect(formatRemaining(2 * 3_600_000 + 5 * 60_000 + 7_000)).toBe("2:05:07");
    expect(formatRemaining(-5)).toBe("00:00");
  });

  it("rounds up to whole seconds", () => {
    expect(secondsLeft(999)).toBe(1);
    expect(secondsLeft(1000)).toBe(1);
    expect(secondsLeft(1001)).toBe(2);
  });
});

describe("announcements", () => {
  it("words the time left", () => {
    expect(describeRemaining(120)).toBe("2 minutes left");
    expect(describeRemaining(60)).toBe("1 minute left");
    expect(describeRemaining(1)).toBe("1 second left");
    expect(describeRemaining(30)).toBe("30 seconds left");
    expect(describeRemaining(0)).toBe("Time is up");
  });

  it("speaks when crossing the warning, at one minute, and at zero — not every second", () => {
    expect(announcementFor(121, 120, 120)).toBe("2 minutes left");
    expect(announcementFor(120, 119, 120)).toBeNull();
    expect(announcementFor(61, 60, 120)).toBe("1 minute left");
    expect(announcementFor(61, 60, 30)).toBeNull();
    expect(announcementFor(31, 30, 30)).toBe("30 seconds left");
    expect(announcementFor(1, 0, 120)).toBe("Time is up");
    expect(announcementFor(0, 0, 120)).toBeNull();
    // A page opened already under the threshold.
    expect(announcementFor(Infinity, 90, 120)).toBe("2 minutes left");
  });
});

describe("<Countdown>", () => {
  it("renders a stable time on the server, computed from serverNow", () => {
    const html = renderToString(
      createElement(Countdown, { deadline: "2026-01-01T11:30:05.000Z", serverNow: SERVER_NOW }),
    );
    expect(html).toContain("1:30:05");
    expect(html).toContain('role="timer"');
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain("warn");
  });

  it("marks the warn and expired states", () => {
    const warn = renderToString(createElement(Countdown, { deadline: "2026-01-01T10:01:00.000Z", serverNow: SERVER_NOW }));
    expect(warn).toContain('class="countdown warn"');
    expect(warn).toContain("01:00");
    const expired = renderToString(createElement(Countdown, { deadline: "2026-01-01T09:59:00.000Z", serverNow: SERVER_NOW }));
    expect(expired).toContain('class="countdown expired"');
    expect(expired).toContain("00:00");
  });
});
