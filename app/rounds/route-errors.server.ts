import { data } from "@remix-run/node";
import { RoundError } from "./errors";

/** A RoundError becomes its 4xx (or 503) with the message for the candidate; anything else is a real fault. */
export function roundErrorResponse(error: unknown) {
  if (error instanceof RoundError) return data({ ok: false as const, error: error.message }, { status: error.status });
  throw error;
}

/** In loaders: a missing or foreign round is a plain 404 page. */
export function notFoundOnRoundError(error: unknown): never {
  if (error instanceof RoundError) throw new Response(error.message, { status: error.status });
  throw error;
}
