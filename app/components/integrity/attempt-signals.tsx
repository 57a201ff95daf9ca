import type { Playback } from "../../assessments/integrity.server";
import { awayText, pasteText, spokenDuration, type Timeline } from "../../assessments/integrity-timeline";
import { AnswerPlayback } from "./playback";

type Props = { timeline: Timeline; playbacks: Playback[]; recorded: boolean; similarityHref: string };

/**
 * What the candidate's page observed, answer by answer, for the assessment's owner. It
 * states observations (sizes, times, durations) and leaves the reading to a person.
 */
export function AttemptSignals({ timeline, playbacks, recorded, similarityHref }: Props) {
  return (
    <section className="panel integrity" aria-labelledby="signals-title" data-testid="attempt-signals">
      <h2 id="signals-title">How the answers came about</h2>
      <p className="muted">
        Observations from the candidate's page during the attempt: time on each answer, pastes with their size, time the page was away, and
        each answer's history. They are context for a conversation, not a verdict. <a href={similarityHref}>Compare code across candidates</a>.
      </p>
      {!recorded ? (
        <p>Nothing was recorded for this attempt.</p>
      ) : (
        <>
          <p className="integrity-summary" data-testid="signals-summary">
            Away from the page {timeline.awayCount} {timeline.awayCount === 1 ? "time" : "times"}
            {timeline.awayCount ? `, ${spokenDuration(timeline.awayMs)} in all` : ""} · {timeline.pasteCount}{" "}
            {timeline.pasteCount === 1 ? "paste" : "pastes"}
            {timeline.pasteCount ? `, ${timeline.pasteChars.toLocaleString("en-GB")} characters in all` : ""}
          </p>
          <div className="table-scroll">
            <table className="timeline">
              <caption className="visually-hidden">Time, pastes and time away per answer</caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">Time on screen</th>
                  <th scope="col">Pastes</th>
                  <th scope="col">Time away</th>
                </tr>
              </thead>
              <tbody>
                {timeline.questions.map((q) => (
                  <tr key={q.id} data-testid="timeline-row">
                    <th scope="row">
                      {q.position}. {q.title}
                    </th>
                    <td>{spokenDuration(q.timeMs)}</td>
                    <td>
                      {q.pastes.length ? (
                        <ul className="signal-list">
                          {q.pastes.map((p, i) => (
                            <li key={i}>{pasteText(p)}</li>
                          ))}
                        </ul>
                      ) : (
                        "none"
                      )}
                    </td>
                    <td>
                      {q.away.length ? (
                        <ul className="signal-list">
                          {q.away.map((a, i) => (
                            <li key={i}>{awayText(a)}</li>
                          ))}
                        </ul>
                      ) : (
                        "none"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {playbacks.map((p) => (
        <AnswerPlayback key={p.questionId} playback={p} />
      ))}
    </section>
  );
}
