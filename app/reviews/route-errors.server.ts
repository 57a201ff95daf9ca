import { data } from "@remix-run/node";
import { ReviewError } from "./errors";

/** In actions: a ReviewError becomes its 4xx with the message; anything else is a real fault. */
export function reviewErrorResponse(error: unknown) {
  if (error instanceof ReviewError) return data({ ok: false as const, error: error.message }, { status: error.status });
  throw error;
}

/** In loaders: a refusal is a plain error page with its status. */
export function throwOnReviewError(error: unknown): never {
  if (error instanceof ReviewError) throw new Response(error.message, { status: error.status });
  throw error;
}
