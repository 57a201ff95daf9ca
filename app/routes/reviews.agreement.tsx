import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState } from "../components/empty-state";
import { agreementReport } from "../reviews/agreement.server";
import { requireReviewAdmin } from "../reviews/guards.server";
import styles from "../styles/reviews.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Reviewer agreement · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewAdmin(request);
  return agreementReport();
}

/** Nothing to post here; non-admins get the same 404 as for GET. */
export async function action({ request }: ActionFunctionArgs) {
  await requireReviewAdmin(request);
  throw new Response("Nothing to submit on this page.", { status: 405 });
}

const alpha = (a: number | null) => (a === null ? "—" : a.toFixed(3));
const rate = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
const offset = (o: number) => `${o > 0 ? "+" : ""}${(o * 100).toFixed(1)} pts`;

export default function Agreement() {
  const report = useLoaderData<typeof loader>();
  return (
    <section>
      <p>
        <Link to="/reviews">← Grading queue</Link> · <Link to="/reviews/admin">Settings and reviewers</Link>
      </p>
      <h1>Reviewer agreement</h1>
      <p className="muted">
        Krippendorff's alpha (interval metric) over every answer with two or more submitted reviews: 1 is perfect agreement, 0 is what chance would give, 0.8
        and above is usually called reliable.
      </p>
      {report.overall.answers === 0 ? (
        <EmptyState title="No answer has two reviews yet">
          <p>Figures appear once answers have been graded by two or more reviewers.</p>
        </EmptyState>
      ) : (
        <>
          <div className="panel">
            <h2>Overall</h2>
            <dl className="figures-list">
              <div>
                <dt>Alpha (interval)</dt>
                <dd data-testid="overall-alpha">{alpha(report.overall.alpha)}</dd>
              </div>
              <div>
                <dt>Answers with two or more reviews</dt>
                <dd>{report.overall.answers}</dd>
              </div>
              <div>
                <dt>Exact agreement per criterion</dt>
                <dd>{rate(report.overall.exact)}</dd>
              </div>
              <div>
                <dt>Within one point per criterion</dt>
                <dd>{rate(report.overall.withinOne)}</dd>
              </div>
              <div>
                <dt>Criterion pairs compared</dt>
                <dd>{report.overall.pairs}</dd>
              </div>
            </dl>
          </div>
          <div className="panel">
            <h2>Per question</h2>
            <table className="figures">
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Alpha</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Exact (totals)</th>
                  <th scope="col">Within one point (totals)</th>
                </tr>
              </thead>
              <tbody>
                {report.questions.map((q) => (
                  <tr key={q.id}>
                    <td>{q.title}</td>
                    <td>{alpha(q.alpha)}</td>
                    <td>{q.answers}</td>
                    <td>{rate(q.exact)}</td>
                    <td>{rate(q.withinOne)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="panel">
            <h2>Per criterion</h2>
            <table className="figures">
              <thead>
                <tr>
                  <th scope="col">Question · criterion</th>
                  <th scope="col">Alpha</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Exact</th>
                  <th scope="col">Within one point</th>
                </tr>
              </thead>
              <tbody>
                {report.criteria.map((c) => (
                  <tr key={`${c.question}-${c.criterion}`}>
                    <td>
                      {c.question} · {c.criterion} <span className="muted small">(0–{c.points})</span>
                    </td>
                    <td>{alpha(c.alpha)}</td>
                    <td>{c.answers}</td>
                    <td>{rate(c.exact)}</td>
                    <td>{rate(c.withinOne)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="panel">
            <h2>Reviewers against the consensus</h2>
            <p className="muted">Each review's total (as a share of the rubric) minus the mean of the other reviews of the same answer: above zero grades soft, below zero grades hard.</p>
            <table className="figures">
              <thead>
                <tr>
                  <th scope="col">Reviewer</th>
                  <th scope="col">Mean offset</th>
                  <th scope="col">Reviews</th>
                </tr>
              </thead>
              <tbody>
                {report.reviewers.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{offset(r.offset)}</td>
                    <td>{r.reviews}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
