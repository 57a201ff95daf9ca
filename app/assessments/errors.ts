import type { FieldErrors } from "../validation";

/** A refusal the manager should read, optionally tied to form fields; the route makes it a 4xx. */
export class AssessmentError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 410 | 413 | 422,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
  }
}

export const notFound = () => new Response("There is no such assessment.", { status: 404, statusText: "Not Found" });
