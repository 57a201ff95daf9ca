import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { SKILLS, STAGES, TRACKS, TRACK_INFO } from "../../questions/taxonomy";
import { requirePermission } from "../auth/auth.server";
import { EmptyState } from "../components/empty-state";
import { FormError } from "../components/field";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { LOOP_TEMPLATES, LOOPS, ROUND_LENGTHS, STAGE_MINUTES } from "../rounds/loops";
import { RoundError } from "../rounds/errors";
import { listRounds, roundLabel, startRound, startRoundSchema } from "../rounds/rounds.server";
import { parseForm, readForm } from "../validation";

export const meta: MetaFunction = () => [{ title: "Practice · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:round:own");
  const rounds = await listRounds(user.id);
  return { name: user.name, rounds: rounds.map((r) => ({ ...r, label: roundLabel(r) })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "create:round:own");
  const parsed = parseForm(startRoundSchema, await readForm(request));
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
  try {
    const round = await startRound(user.id, parsed.data);
    throw redirect(`/practice/rounds/${round.id}`);
  } catch (error) {
    if (error instanceof RoundError) return data({ errors: { form: error.message } as Record<string, string> }, { status: error.status });
    throw error;
  }
}

export default function PracticeHome() {
  const { name, rounds } = useLoaderData<typeof loader>();
  const errors: Record<string, string> = useActionData<typeof action>()?.errors ?? {};
  const busy = useNavigation().state === "submitting";
  const [format, setFormat] = useState<"stage" | "loop">("stage");
  const [stage, setStage] = useState<(typeof STAGES)[number]>("ml-technical");
  return (
    <section>
      <div className="page-head">
        <h1>Practice</h1>
        <Link to="/practice/scores" className="button secondary">
          Your scores per track
        </Link>
      </div>
      <p className="muted">Welcome, {name}. Pick the track you are aiming for and a stage of the interview loop, then answer against the clock.</p>

      <Form method="post" className="panel start-round" noValidate>
        <h2>Start a timed round</h2>
        <FormError error={errors.form} />
        <fieldset className="choices">
          <legend>Track</legend>
          {TRACKS.map((t) => (
            <label key={t} className="choice">
              <input type="radio" name="track" value={t} defaultChecked={t === "mid"} />
              <span>
                <strong>{TRACK_INFO[t].label}</strong> <small className="muted">{TRACK_INFO[t].years}</small>
              </span>
            </label>
          ))}
          {errors.track ? <p className="field-error">{errors.track}</p> : null}
        </fieldset>

        <fieldset className="choices">
          <legend>Round</legend>
          <label className="choice">
            <input type="radio" name="format" value="stage" checked={format === "stage"} onChange={() => setFormat("stage")} />
            <span>One stage</span>
          </label>
          <label className="choice">
            <input type="radio" name="format" value="loop" checked={format === "loop"} onChange={() => setFormat("loop")} />
            <span>A whole interview loop</span>
          </label>
        </fieldset>

        {format === "stage" ? (
          <div className="row">
            <div className="field">
              <label htmlFor="stage">Stage</label>
              <select id="stage" name="stage" value={stage} onChange={(e) => setStage(e.target.value as typeof stage)}>
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
              {errors.stage ? <p className="field-error">{errors.stage}</p> : null}
            </div>
            <div className="field">
              <label htmlFor="minutes">Length</label>
              <select id="minutes" name="minutes" key={stage} defaultValue={String(STAGE_MINUTES[stage])}>
                {ROUND_LENGTHS.map((m) => (
                  <option key={m} value={m}>
                    {m} minutes
                  </option>
                ))}
              </select>
              {errors.minutes ? <p className="field-error">{errors.minutes}</p> : null}
            </div>
          </div>
        ) : (
          <fieldset className="choices">
            <legend>Loop (the report's company patterns)</legend>
            {LOOP_TEMPLATES.map((l) => (
              <label key={l} className="choice wide">
                <input type="radio" name="loop" value={l} defaultChecked={l === "big-tech"} />
                <span>
                  <strong>{LOOPS[l].label}</strong> · {LOOPS[l].slots.reduce((s, x) => s + x.minutes, 0)} minutes
                  <br />
                  <small className="muted">{LOOPS[l].description}</small>
                </span>
              </label>
            ))}
            {errors.loop ? <p className="field-error">{errors.loop}</p> : null}
          </fieldset>
        )}

        <div className="row">
          <div className="field">
            <label htmlFor="skill">Skill focus (optional)</label>
            <select id="skill" name="skill" defaultValue="">
              <option value="">Any skill</option>
              {SKILLS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="grading">Grades for quick questions</label>
            <select id="grading" name="grading" defaultValue="immediate">
              <option value="immediate">Show right away</option>
              <option value="end">Show at the end of the round</option>
            </select>
          </div>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? "Starting…" : "Start the round"}
        </button>
      </Form>

      <h2>Your rounds</h2>
      {rounds.length === 0 ? (
        <EmptyState title="No rounds yet">
          <p>Your timed rounds and their scores will be listed here.</p>
        </EmptyState>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Started</th>
              <th>Track</th>
              <th>Round</th>
              <th>Questions</th>
              <th>Score</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.startedAt)}</td>
                <td>{TRACK_LABELS[r.track] ?? r.track}</td>
                <td>{r.label}</td>
                <td>{r.questionCount}</td>
                <td>{r.score === null ? "—" : `${Math.round(r.score * 100)}%`}</td>
                <td>
                  <Link to={r.over ? `/practice/rounds/${r.id}/results` : `/practice/rounds/${r.id}`}>{r.over ? "Results" : "Continue"}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
