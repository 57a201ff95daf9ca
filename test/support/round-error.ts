import { RoundError } from "../../app/rounds/errors";

/** The RoundError a service call refused with; any other outcome fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<RoundError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof RoundError) return e;
    throw e;
  }
  throw new Error("expected a RoundError");
}
