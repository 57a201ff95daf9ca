import { useEffect, useState } from "react";
import { z } from "zod";

export const LIVE_DEADLINE_POLL_MS = 5_000;

// What GET /rounds/:id/deadline answers; anything else (a log-in page after the session
// ended, a proxy's error page) is ignored and the clock keeps the deadline it has.
const deadlineSchema = z.object({ deadline: z.iso.datetime(), serverNow: z.iso.datetime(), finished: z.boolean() });

type Clock = { deadline: string; serverNow: string };

/**
 * The round's deadline, kept current while the page is open: a hiring manager can give a
 * running assessment attempt more minutes, and the countdown must show them within
 * seconds, without a reload. Polls only when `live` (practice rounds never move).
 */
export function useLiveDeadline(round: { id: string } & Clock, live: boolean, everyMs = LIVE_DEADLINE_POLL_MS): Clock {
  const [clock, setClock] = useState<Clock>({ deadline: round.deadline, serverNow: round.serverNow });
  // a reloaded page brings its own deadline
  useEffect(() => setClock({ deadline: round.deadline, serverNow: round.serverNow }), [round.deadline, round.serverNow]);

  useEffect(() => {
    if (!live) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/rounds/${encodeURIComponent(round.id)}/deadline`, { headers: { Accept: "application/json" } });
        const parsed = deadlineSchema.safeParse(response.ok ? await response.json() : null);
        // only a moved deadline restarts the countdown (a new serverNow alone would re-announce it)
        if (parsed.success && !stopped) {
          setClock((c) => (c.deadline === parsed.data.deadline ? c : { deadline: parsed.data.deadline, serverNow: parsed.data.serverNow }));
        }
      } catch {
        // offline for a moment: the next poll tries again
      }
      if (!stopped) timer = setTimeout(poll, everyMs);
    };
    timer = setTimeout(poll, everyMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [round.id, live, everyMs]);

  return clock;
}
