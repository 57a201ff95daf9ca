import type { ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "../auth/auth.server";
import { integrityBatchSchema } from "../assessments/integrity-events";
import { recordBatch } from "../assessments/integrity.server";
import { RoundError } from "../rounds/errors";
import { requireRoundOwner, roundParamsSchema } from "../rounds/rounds.server";
import { parseParams } from "../validation";

// well above what one batch can hold (60 snapshots are sent in several requests anyway)
const MAX_BODY_CHARS = 2_000_000;

// a resource route: plain JSON Responses (Remix's data() keeps its status only for page routes)
const refuse = (error: string, status: number) => Response.json({ ok: false, error }, { status });

/**
 * POST /rounds/:roundId/integrity with a JSON batch of observed events and answer
 * snapshots from the candidate's own open assessment attempt. Everyone else: 404.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { roundId } = parseParams(roundParamsSchema, params);
  if (request.method !== "POST") return refuse("Send a POST.", 405);
  // Someone else's round is a 404 whatever the body, so a refused body checks ownership
  // first; a good one is checked by recordBatch, without a second query.
  const refuseBody = (message: string, status: number) =>
    requireRoundOwner(user.id, roundId).then(
      () => refuse(message, status),
      (error) => (error instanceof RoundError ? refuse(error.message, error.status) : Promise.reject(error)),
    );
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) return refuseBody("That batch is too large.", 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuseBody("Send the batch as JSON.", 400);
  }
  const parsed = integrityBatchSchema.safeParse(body);
  if (!parsed.success) return refuseBody(parsed.error.issues[0]?.message ?? "That batch is not valid.", 400);
  try {
    return Response.json({ ok: true, ...(await recordBatch(user.id, roundId, parsed.data)) });
  } catch (error) {
    if (error instanceof RoundError) return refuse(error.message, error.status);
    throw error;
  }
}

export function loader() {
  throw new Response("Not found", { status: 404 });
}
