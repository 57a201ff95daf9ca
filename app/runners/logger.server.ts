import { Logger } from "graphile-worker";

/** graphile-worker reports every job at info level; a runner's log keeps warnings and errors. */
export const quietLogger = new Logger(() => (level, message, meta) => {
  if (level === "error") console.error(`[queue] ${message}`, meta?.error ?? "");
  else if (level === "warning") console.warn(`[queue] ${message}`);
});
