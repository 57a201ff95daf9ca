import { data } from "@remix-run/node";
import type { FieldErrors } from "../validation";
import { AssessmentError } from "./errors";

export type ActionFailure = { ok: false; error: string; errors: FieldErrors };

/** An AssessmentError becomes its 4xx with the message and field errors for the form; anything else is a real fault. */
export function assessmentErrorResponse(error: unknown) {
  if (error instanceof AssessmentError) {
    return data<ActionFailure>({ ok: false, error: error.message, errors: error.fields }, { status: error.status });
  }
  throw error;
}

export function badRequest(errors: FieldErrors, message = "Some fields need attention; nothing was saved.") {
  return data<ActionFailure>({ ok: false, error: message, errors }, { status: 400 });
}
