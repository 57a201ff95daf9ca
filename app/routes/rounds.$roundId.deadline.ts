import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../auth/auth.server";
import { roundDeadline } from "../rounds/deadline.server";
import { notFoundOnRoundError } from "../rounds/route-errors.server";
import { roundParamsSchema } from "../rounds/rounds.server";
import { parseParams } from "../validation";

/** GET /rounds/:roundId/deadline → { deadline, serverNow, finished }: the round page polls it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { roundId } = parseParams(roundParamsSchema, params);
  const body = await roundDeadline(user.id, roundId).catch(notFoundOnRoundError);
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
