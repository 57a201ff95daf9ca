import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ownAttempt } from "../assessments/take.server";
import { requireUser } from "../auth/auth.server";
import { isOpen, roundParamsSchema } from "../rounds/rounds.server";
import { finishIfExpired } from "../rounds/answers.server";
import { parseParams } from "../validation";

export const meta: MetaFunction = () => [{ title: "Submitted · Loopwright" }];

/** The end of an assessment attempt: a thank-you, and deliberately nothing about scores, tests or grades. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { roundId } = parseParams(roundParamsSchema, params);
  const attempt = await ownAttempt(user.id, roundId);
  if (!attempt) throw new Response("There is no such attempt.", { status: 404 });
  if (isOpen(attempt)) throw redirect(`/practice/rounds/${attempt.id}`);
  // the clock ran out with nobody watching: close it now so the answers are in
  await finishIfExpired(context.sandbox, attempt);
  return { title: attempt.assessment!.title };
}

export default function Submitted() {
  const { title } = useLoaderData<typeof loader>();
  return (
    <section className="panel narrow">
      <h1>Submitted, thank you</h1>
      <p>
        Your answers to <strong>{title}</strong> are in. The hiring team will review them and get back to you.
      </p>
      <p className="muted">You can close this page.</p>
    </section>
  );
}
