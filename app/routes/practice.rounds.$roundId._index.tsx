import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ClientActionFunctionArgs, ClientLoaderFunctionArgs, ShouldRevalidateFunction } from "@remix-run/react";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator, useSearchParams } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { attemptTitle } from "../assessments/take.server";
import { katexLinks } from "../components/katex-links";
import { RoundHeader } from "../components/round/round-header";
import { QuestionPanel } from "../components/round/question-panel";
import { AttemptRecorder } from "../components/integrity/integrity-recorder";
import { useLiveDeadline } from "../components/round/use-live-deadline";
import { TRACK_LABELS } from "../format";
import { finishIfExpired, finishRound, runCode, runCustom, saveDiagram, saveDraft, submitAnswer, submitCode } from "../rounds/answers.server";
import { RoundError } from "../rounds/errors";
import { CUSTOM_ARGS_MAX_CHARS } from "../rounds/responses";
import { asUnreachable, isUnreachable } from "../rounds/unreachable";
import { requireRoundPermission } from "../rounds/access.server";
import { notFoundOnRoundError, roundErrorResponse } from "../rounds/route-errors.server";
import { roundView, type RoundQuestionView } from "../rounds/round-view.server";
import { requireOwnRound, requireRoundOwner, roundLabel, roundParamsSchema } from "../rounds/rounds.server";
import { parseParams, readForm } from "../validation";

export const links: LinksFunction = () => katexLinks;

// An autosave or a Run changes nothing the loader shows (their own fetchers carry the
// result), so they do not reload the round: typing saves every few seconds.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, actionResult, defaultShouldRevalidate }) => {
  const intent = formData?.get("intent");
  if (intent === "save" || intent === "save-diagram" || intent === "run" || intent === "run-custom") return false;
  // A refusal (4xx) or no answer at all changes nothing on the server. Remix skips the reload
  // after a 4xx by itself, but the status does not survive the clientAction below.
  if (isUnreachable(actionResult) || (actionResult as { ok?: unknown } | undefined)?.ok === false) return false;
  return defaultShouldRevalidate;
};
export const meta: MetaFunction = () => [{ title: "Round in progress · Loopwright" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRoundPermission(request, "update:round:own");
  const { roundId } = parseParams(roundParamsSchema, params);
  let round = await requireOwnRound(user.id, roundId).catch(notFoundOnRoundError);
  await finishIfExpired(context.sandbox, round);
  round = await requireOwnRound(user.id, roundId);
  if (round.finishedAt) throw redirect(`/practice/rounds/${round.id}/results`);
  return {
    round: {
      id: round.id,
      title: round.assessmentId ? await attemptTitle(round.assessmentId) : roundLabel(round),
      track: TRACK_LABELS[round.track] ?? round.track,
      gradingMode: round.gradingMode as "immediate" | "end",
      deadline: round.deadlineAt.toISOString(),
      serverNow: new Date().toISOString(),
      // an assessment attempt's owner can extend it while it runs
      live: round.assessmentId !== null,
      // pastes, focus and edit history are recorded in assessment attempts only (issue 16)
      recording: round.assessmentId !== null,
    },
    questions: await roundView(round),
  };
}

/**
 * What the finish confirmation needs of a question. A design answer has two halves: its text
 * and its drawing, either of which answers it.
 */
function headerQuestion(q: RoundQuestionView) {
  const design = q.question.kind === "design";
  const written = design ? String(q.response?.text ?? "").trim() !== "" : q.status !== "unanswered";
  return { id: q.id, position: q.position, title: q.question.title, status: q.status, written, drawn: (q.diagram?.elements.length ?? 0) > 0 };
}

// Every answer form posts here with an intent; the values are checked per kind by the services.
const actionSchema = z.object({
  intent: z.enum(["save", "save-diagram", "submit", "run", "run-custom", "submit-code", "finish"], { error: "Unknown action" }),
  args: z.string().max(CUSTOM_ARGS_MAX_CHARS, `Keep the arguments under ${CUSTOM_ARGS_MAX_CHARS.toLocaleString("en")} characters`).optional(),
  question: z.string().max(64).optional(),
  choices: z.array(z.string().max(40)).max(26).optional(),
  value: z.string().max(200).optional(),
  text: z.string().max(1_000_000).optional(),
  language: z.string().max(20).optional(),
  code: z.string().max(1_000_000).optional(),
  // the whiteboard's scene as JSON; its own limit (1 MB) is checked by the service with a clearer message
  scene: z.string().max(4_000_000, "The diagram is over 1 MB; remove some elements and try again. Your last saved diagram is kept.").optional(),
});

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRoundPermission(request, "update:round:own");
  const { roundId } = parseParams(roundParamsSchema, params);
  // Someone else's round is a 404 whatever they send, so a refused body checks ownership
  // before saying 400 or 415. Only then: the services check it anyway, and autosave is hot.
  const notOwned = () => requireRoundOwner(user.id, roundId).then(() => null, roundErrorResponse);
  let form: FormData;
  try {
    form = await readForm(request);
  } catch (refusal) {
    const other = await notOwned();
    if (other) return other;
    throw refusal;
  }
  const parsed = actionSchema.safeParse({
    intent: form.get("intent"),
    question: form.get("question") ?? undefined,
    choices: form.getAll("choices").map(String),
    value: form.get("value") ?? undefined,
    text: form.get("text") ?? undefined,
    language: form.get("language") ?? undefined,
    code: form.get("code") ?? undefined,
    args: form.get("args") ?? undefined,
    scene: form.get("scene") ?? undefined,
  });
  try {
    if (!parsed.success) return (await notOwned()) ?? roundErrorResponse(new RoundError(parsed.error.issues[0].message, 400));
    const { intent, question = "", args = "", scene, ...response } = parsed.data;
    switch (intent) {
      case "save":
        return { ok: true as const, intent, ...(await saveDraft(user.id, roundId, question, response)) };
      case "save-diagram":
        if (scene === undefined) return roundErrorResponse(new RoundError("The diagram is missing from this save.", 400));
        return { ok: true as const, intent, ...(await saveDiagram(user.id, roundId, question, scene)) };
      case "submit":
        // a design answer's drawing comes with its submission when it changed since the last autosave
        if (scene) await saveDiagram(user.id, roundId, question, scene);
        return { ok: true as const, intent, outcome: await submitAnswer(user.id, roundId, question, response) };
      case "run":
        return { ok: true as const, intent, run: await runCode(context.sandbox, user.id, roundId, question, response) };
      case "run-custom":
        return { ok: true as const, intent, custom: await runCustom(context.sandbox, user.id, roundId, question, response, args) };
      case "submit-code":
        return { ok: true as const, intent, run: await submitCode(context.sandbox, user.id, roundId, question, response) };
      case "finish":
        await finishRound(context.sandbox, user.id, roundId);
        throw redirect(`/practice/rounds/${roundId}/results`);
    }
  } catch (error) {
    return roundErrorResponse(error);
  }
}

// A failed request must not replace the round with an error screen (the typing and the clock
// would vanish with it): the answer is kept on the page and the components retry or offer Retry.
export async function clientAction({ serverAction }: ClientActionFunctionArgs) {
  try {
    return await serverAction<typeof action>();
  } catch (error) {
    return asUnreachable(error);
  }
}

type RoundData = Awaited<ReturnType<typeof loader>>;
// the round as last loaded, to keep showing while the server cannot be reached
const lastLoaded = new Map<string, RoundData>();

export async function clientLoader({ serverLoader, params }: ClientLoaderFunctionArgs) {
  try {
    return await serverLoader<typeof loader>();
  } catch (error) {
    const cached = lastLoaded.get(params.roundId ?? "");
    if (!cached) throw error;
    return { ...cached, ...asUnreachable(error) };
  }
}

export default function RoundPage() {
  const data = useLoaderData<typeof loader>() as RoundData & { unreachable?: true };
  const { round, questions } = data;
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!data.unreachable) {
      lastLoaded.set(data.round.id, data);
      return;
    }
    // showing the round as last loaded: look again every few seconds, or as soon as the browser is back online
    const again = () => revalidator.revalidate();
    const timer = window.setTimeout(again, 5_000);
    window.addEventListener("online", again);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", again);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the revalidator changes on every render
  }, [data]);
  const [params] = useSearchParams();
  const index = Math.min(Math.max(Number(params.get("q") ?? 1) || 1, 1), questions.length) - 1;
  const current = questions[index];
  const clock = useLiveDeadline(round, round.live);
  return (
    <section className="round">
      <RoundHeader round={{ ...round, ...clock }} questions={questions.map(headerQuestion)} />
      {data.unreachable ? (
        <p className="notice offline" role="status">
          Offline — the server cannot be reached. Keep working: your answers stay on this page and are saved when it is back.
        </p>
      ) : null}
      <nav className="question-tabs" aria-label="Questions">
        {questions.map((q, i) => (
          <Link
            key={q.id}
            to={`?q=${i + 1}`}
            replace
            preventScrollReset
            className={`tab ${i === index ? "current" : ""} ${q.status}`}
            aria-current={i === index ? "step" : undefined}
            title={`${q.question.title} (${q.status})`}
          >
            {i + 1}
          </Link>
        ))}
      </nav>
      {round.recording ? <AttemptRecorder roundId={round.id} questionId={current.id} questions={questions.map((q) => ({ id: q.id, kind: q.question.kind }))} /> : null}
      <QuestionPanel key={current.id} roundId={round.id} gradingMode={round.gradingMode} view={current} />
      <nav className="question-pager">
        {index > 0 ? (
          <Link to={`?q=${index}`} replace preventScrollReset>
            ← Previous question
          </Link>
        ) : (
          <span />
        )}
        {index < questions.length - 1 ? (
          <Link to={`?q=${index + 2}`} replace preventScrollReset>
            Next question →
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
