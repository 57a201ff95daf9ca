import { isRouteErrorResponse } from "@remix-run/react";

/**
 * What a round page gets instead of an error screen when a request never got an answer:
 * the browser is offline, the server is down or restarting, or it failed with a 5xx.
 * Answers the server refused (4xx) and redirects are not this: they carry their own message.
 */
export type Unreachable = { ok: false; unreachable: true; error: string };

export function isUnreachable(value: unknown): value is Unreachable {
  return typeof value === "object" && value !== null && (value as { unreachable?: unknown }).unreachable === true;
}

/** A thrown Response or route error response is the server speaking (redirect, 404, 403): let Remix handle it. */
export function asUnreachable(error: unknown): Unreachable {
  if (error instanceof Response || isRouteErrorResponse(error)) throw error;
  const offline = error instanceof TypeError || (typeof navigator !== "undefined" && navigator.onLine === false);
  return {
    ok: false,
    unreachable: true,
    error: offline ? "Could not reach the server." : "The server could not answer.",
  };
}

/** Wait before the n-th retry (1-based): 1 s, 2 s, 4 s, 8 s, then every 10 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 10_000);
}
