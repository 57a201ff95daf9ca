// POST /answers/:answerId/regrade — one regrade per answer, asked for by the candidate
// (practice) or the assessment's owner. The service checks ownership; anyone else 404s.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "../auth/auth.server";
import { ReviewError } from "../reviews/errors";
import { REGRADE_REASON, requestRegrade, requireRegradeRequester } from "../reviews/regrade.server";
import { parseForm, parseParams, readForm } from "../validation";

const paramsSchema = z.object({ answerId: z.string().regex(/^[a-z0-9]{1,64}$/i) });
const formSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(REGRADE_REASON.min, `Say in at least ${REGRADE_REASON.min} characters why the grade should be looked at again.`)
    .max(REGRADE_REASON.max, `Keep the reason under ${REGRADE_REASON.max} characters.`),
});

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { answerId } = parseParams(paramsSchema, params);
  try {
    await requireRegradeRequester(user, answerId);
    const parsed = parseForm(formSchema, await readForm(request));
    if (!parsed.ok) throw new ReviewError(Object.values(parsed.errors)[0], 400);
    await requestRegrade(user, answerId, parsed.data.reason);
    return Response.json({ ok: true, message: "Regrade requested. A reviewer who has not graded this answer will grade it again; until then the current grade stands." });
  } catch (error) {
    // a resource route answers plain JSON with its status, for fetchers and other callers alike
    if (error instanceof ReviewError) return Response.json({ ok: false, error: error.message }, { status: error.status });
    throw error;
  }
}
