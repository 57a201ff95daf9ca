import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireUser } from "../auth/auth.server";
import { integrityBatchSchema } from "../assessments/integrity-events";
import { recordBatch } from "../assessments/integrity.server";
import { roundErrorResponse } from "../rounds/route-errors.server";
import { roundParamsSchema } from "../rounds/rounds.server";
import { parseParams } from "../validation";

// well above what one batch can hold (60 snapshots are sent in several requests anyway)
const MAX_BODY_CHARS = 2_000_000;

/**
 * POST /rounds/:roundId/integrity with a JSON batch of observed events and answer
 * snapshots from the candidate's own open assessment attempt. Everyone else: 404.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { roundId } = parseParams(roundParamsSchema, params);
  if (request.method !== "POST") return data({ ok: false as const, error: "Send a POST." }, { status: 405 });
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) return data({ ok: false as const, error: "That batch is too large." }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return data({ ok: false as const, error: "Send the batch as JSON." }, { status: 400 });
  }
  const parsed = integrityBatchSchema.safeParse(body);
  if (!parsed.success) return data({ ok: false as const, error: parsed.error.issues[0]?.message ?? "That batch is not valid." }, { status: 400 });
  try {
    return { ok: true as const, ...(await recordBatch(user.id, roundId, parsed.data)) };
  } catch (error) {
    return roundErrorResponse(error);
  }
}

export function loader() {
  throw new Response("Not found", { status: 404 });
}
