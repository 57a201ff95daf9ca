import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readOnlyAssessmentAction, requireAssessment } from "../assessments/access.server";
import { DEFAULT_THRESHOLD, similarityPair, similarityPairs } from "../assessments/similarity.server";
import resultStyles from "../styles/assessment-results.css";
import integrityStyles from "../styles/integrity.css";
import { parseParams } from "../validation";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: resultStyles },
  { rel: "stylesheet", href: integrityStyles },
];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Code similarity: ${data?.assessment.title ?? ""} · Loopwright` }];

const id = z.string().trim().min(1).max(64);
// ?min=60 lists pairs sharing at least 60%; ?q=&a=&b= opens one pair side by side
const searchSchema = z
  .object({
    min: z.coerce.number({ error: "The threshold is a percentage" }).int("Use a whole percentage").min(10, "Use at least 10%").max(100, "Use at most 100%").optional(),
    q: id.optional(),
    a: id.optional(),
    b: id.optional(),
  })
  .refine((v) => (v.q === undefined) === (v.a === undefined) && (v.a === undefined) === (v.b === undefined), "Pick a question and two candidates");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params);
  const search = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const { min, q, a, b } = parseParams(searchSchema, search, 400);
  const threshold = min !== undefined ? min / 100 : DEFAULT_THRESHOLD;
  const pair = q && a && b ? await similarityPair(assessment.id, q, a, b) : null;
  // a pair that is not part of this assessment: as good as not there
  if (q && !pair) throw new Response("Not found", { status: 404 });
  return {
    assessment: { id: assessment.id, title: assessment.title },
    thresholdPercent: Math.round(threshold * 100),
    questions: await similarityPairs(assessment.id, threshold),
    pair,
  };
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

// a POST from a non-owner gets the same 404 as a GET, not a 405 that tells nothing apart
export const action = readOnlyAssessmentAction;

export default function Similarity() {
  const { assessment, thresholdPercent, questions, pair } = useLoaderData<typeof loader>();
  const base = `/assessments/${assessment.id}/similarity`;
  return (
    <section className="assessment-results">
      <p>
        <Link to={`/assessments/${assessment.id}/results`}>← All results for {assessment.title}</Link>
      </p>
      <h1>Code similarity</h1>
      <p className="muted">
        Coding answers of every submitted attempt, compared question by question with winnowing fingerprints (the method MOSS uses) after
        names, literals, comments and spacing are set aside. Code from the starter is left out. A shared fraction says how much of two answers
        has the same shape; short or standard solutions can share a lot on their own, so read the code before drawing any conclusion.
      </p>
      <Form method="get" className="results-filter">
        <div className="field">
          <label htmlFor="min">Show pairs sharing at least (%)</label>
          <input id="min" name="min" type="number" min={10} max={100} step={1} defaultValue={thresholdPercent} />
        </div>
        <button type="submit" className="secondary">
          Update
        </button>
      </Form>

      {pair ? (
        <section className="panel" aria-labelledby="pair-title" data-testid="similarity-pair">
          <h2 id="pair-title">
            Answer {pair.question.position}: {pair.question.title} — {pair.a.label} and {pair.b.label}, {pct(pair.shared)} shared
          </h2>
          <p className="muted small">Marked: code both answers have (after normalising names and spacing), starter code excluded.</p>
          <div className="side-by-side">
            {[pair.a, pair.b].map((side) => (
              <figure key={side.inviteId}>
                <figcaption>
                  <strong>{side.label}</strong> · {side.language} · {pct(side.fraction)} of this answer's fingerprints are in the other
                </figcaption>
                <pre tabIndex={0} aria-label={`Code of ${side.label}`}>
                  {side.parts.map((part, i) => (part.shared ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </pre>
              </figure>
            ))}
          </div>
        </section>
      ) : null}

      {questions.length === 0 ? <p>No submitted attempt has a coding answer yet.</p> : null}
      {questions.map((q) => (
        <section key={q.versionId} className="panel" aria-labelledby={`sim-${q.versionId}`} data-testid="similarity-question">
          <h2 id={`sim-${q.versionId}`}>
            Answer {q.position}: {q.title}
          </h2>
          <p className="muted small">
            {q.answers} {q.answers === 1 ? "answer" : "answers"} compared · {q.pairs.length} {q.pairs.length === 1 ? "pair" : "pairs"} at or above{" "}
            {thresholdPercent}%
          </p>
          {q.pairs.length ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">Candidates</th>
                  <th scope="col">Shared</th>
                  <th scope="col">Of each answer</th>
                  <th scope="col">
                    <span className="visually-hidden">Side by side</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {q.pairs.map((p) => (
                  <tr key={`${p.a.inviteId}-${p.b.inviteId}`} data-testid="similarity-pair-row">
                    <td>
                      {p.a.label} and {p.b.label}
                    </td>
                    <td>{pct(p.shared)}</td>
                    <td>
                      {pct(p.fractionA)} / {pct(p.fractionB)}
                    </td>
                    <td>
                      <Link to={`${base}?${new URLSearchParams({ min: String(thresholdPercent), q: q.versionId, a: p.a.inviteId, b: p.b.inviteId })}`}>
                        Side by side: {p.a.label} and {p.b.label}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
    </section>
  );
}
