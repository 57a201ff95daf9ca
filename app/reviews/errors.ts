import { data } from "@remix-run/node";

/** A refusal a reviewer, candidate or manager should read: the route turns it into a 4xx with this message. */
export class ReviewError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409,
  ) {
    super(message);
  }
}

export function reviewErrorResponse(error: unknown) {
  if (error instanceof ReviewError) return data({ ok: false as const, error: error.message }, { status: error.status });
  throw error;
}

/** In loaders: a refusal is a plain error page with its status. */
export function throwOnReviewError(error: unknown): never {
  if (error instanceof ReviewError) throw new Response(error.message, { status: error.status });
  throw error;
}
