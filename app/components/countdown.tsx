import { useEffect, useRef, useState } from "react";

function toMs(time: string | number): number {
  return typeof time === "number" ? time : Date.parse(time);
}

/**
 * Milliseconds left before `deadline`, by the server's clock. `serverNow` is the server's time
 * when it rendered the page and `mountedAt` the browser's Date.now() when the countdown
 * mounted, so `serverNow − mountedAt` corrects for a browser clock that is off.
 * Never negative; 0 for an unreadable date (fail closed: time is up).
 */
export function remainingMs(deadline: string | number, serverNow: string | number, mountedAt: number, now: number): number {
  const end = toMs(deadline);
  const offset = toMs(serverNow) - mountedAt;
  const left = end - (now + offset);
  return Number.isFinite(left) && left > 0 ? left : 0;
}

/** Whole seconds to show: rounded up, so the display reads 0:00 exactly when time is up. */
export function secondsLeft(ms: number): number {
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** mm:ss below an hour, h:mm:ss from an hour. */
export function formatRemaining(ms: number): string {
  const total = secondsLeft(ms);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** Words for a screen reader: "2 minutes left", "1 minute left", "45 seconds left". */
export function describeRemaining(seconds: number): string {
  if (seconds <= 0) return "Time is up";
  if (seconds >= 60) {
    const minutes = Math.round(seconds / 60);
    return `${minutes} ${minutes === 1 ? "minute" : "minutes"} left`;
  }
  return `${seconds} ${seconds === 1 ? "second" : "seconds"} left`;
}

/**
 * What to announce when the countdown moves from `before` to `after` seconds left, if anything:
 * once when it drops under the warning threshold, once at one minute (when the warning came
 * earlier), and once when time is up — not every second, which would drown a screen reader.
 */
export function announcementFor(before: number, after: number, warnAtSeconds: number): string | null {
  if (after <= 0) return before > 0 ? describeRemaining(0) : null;
  if (before > warnAtSeconds && after <= warnAtSeconds) return describeRemaining(after);
  if (warnAtSeconds > 60 && before > 60 && after <= 60) return describeRemaining(after);
  return null;
}

export type CountdownProps = {
  /** ISO time when time is up. */
  deadline: string;
  /** ISO time on the server when the page was rendered (corrects the browser's clock). */
  serverNow: string;
  /** Below this many seconds left the countdown turns "warn" and says so. */
  warnAtSeconds?: number;
  /** Called once when time is up. */
  onExpire?: () => void;
  className?: string;
  /** Accessible name of the timer. */
  label?: string;
};

/**
 * Time left before a deadline by the server's clock, ticking every second. The server (and the
 * first browser render) shows the time left as of `serverNow`, so hydration matches.
 */
export function Countdown({ deadline, serverNow, warnAtSeconds = 120, onExpire, className, label = "Time left" }: CountdownProps) {
  const [left, setLeft] = useState(() => remainingMs(deadline, serverNow, 0, 0));
  const [announcement, setAnnouncement] = useState("");
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;
  const expiredRef = useRef(false);

  useEffect(() => {
    const mountedAt = Date.now();
    // Infinity: a page opened already under the threshold (or past the deadline) says so once.
    let previous = Number.POSITIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const ms = remainingMs(deadline, serverNow, mountedAt, Date.now());
      const seconds = secondsLeft(ms);
      setLeft(ms);
      const said = announcementFor(previous, seconds, warnAtSeconds);
      if (said) setAnnouncement(said);
      previous = seconds;
      if (ms <= 0) {
        if (!expiredRef.current) {
          expiredRef.current = true;
          onExpireRef.current?.();
        }
        return;
      }
      expiredRef.current = false;
      // Wake just after the displayed second changes, not on a drifting 1 s interval.
      timer = setTimeout(tick, (ms % 1000 || 1000) + 20);
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadline, serverNow, warnAtSeconds]);

  const seconds = secondsLeft(left);
  const state = seconds <= 0 ? "expired" : seconds <= warnAtSeconds ? "warn" : "";
  const classes = ["countdown", state, className].filter(Boolean).join(" ");
  return (
    <span className={classes} data-testid="countdown">
      <span role="timer" aria-label={`${label}: ${describeRemaining(seconds)}`}>
        <time dateTime={`PT${seconds}S`}>{formatRemaining(left)}</time>
      </span>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </span>
  );
}
