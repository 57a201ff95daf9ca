import type { Cell } from "./attempt-score";
import type { InviteStatus } from "./invite-status";

// Words shared by the results pages and the CSV (server and browser alike).

export const STATUS_LABELS: Record<InviteStatus, string> = {
  sent: "Sent",
  opened: "Opened",
  started: "In progress",
  submitted: "Submitted",
  expired: "Expired",
  revoked: "Revoked",
};

export const percent = (v: number) => `${Math.round(v * 100)}%`;

/** "pending review" is its own state, never shown as 0%. */
export function cellText(cell: Cell): string {
  switch (cell.state) {
    case "scored":
      return percent(cell.score);
    case "unanswered":
      return "unanswered (0%)";
    case "pending-review":
      return "pending review";
    case "ungraded":
      return "not graded yet";
  }
}

/** "42 min", "1 h 05 min". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
