import { useEffect, useState } from "react";
import type { Playback } from "../../assessments/integrity.server";
import { characters, clockTime } from "../../assessments/integrity-timeline";

const SPEEDS = [1, 2, 4, 8] as const;
// one step of the history per this many milliseconds at 1×
const STEP_MS = 800;

function frameText(p: Playback, step: number): string {
  const frame = p.frames[step];
  const when = frame.at ? ` at ${clockTime(frame.at)}` : "";
  return `Step ${step + 1} of ${p.frames.length}: ${frame.label}${when}, ${characters(frame.code.length)}`;
}

/**
 * An answer replayed from empty to the graded version: a labelled range input (arrow keys,
 * Home and End move through the history), Play/Pause and a speed.
 */
export function AnswerPlayback({ playback }: { playback: Playback }) {
  const last = playback.frames.length - 1;
  const [step, setStep] = useState(last);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const id = `playback-${playback.questionId}`;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setStep((s) => {
        if (s >= last) {
          setPlaying(false);
          return s;
        }
        return s + 1;
      });
    }, STEP_MS / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, last]);

  const toggle = () => {
    if (!playing && step >= last) setStep(0);
    setPlaying((p) => !p);
  };
  const what = playback.kind === "coding" ? "code" : "answer";
  return (
    <section className="playback" aria-labelledby={`${id}-title`} data-testid="playback">
      <h3 id={`${id}-title`}>
        Playback of answer {playback.position}: {playback.title}
      </h3>
      <div className="playback-controls">
        <button type="button" onClick={toggle} aria-controls={`${id}-code`}>
          {playing ? "Pause" : "Play"}
        </button>
        <label>
          Speed{" "}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <div className="scrubber">
          <label htmlFor={`${id}-range`}>Point in the history of answer {playback.position}</label>
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={last}
            step={1}
            value={step}
            aria-valuetext={frameText(playback, step)}
            onChange={(e) => {
              setPlaying(false);
              setStep(Number(e.target.value));
            }}
          />
        </div>
      </div>
      <p className="muted small" aria-live="polite" data-testid="playback-position">
        {frameText(playback, step)}
      </p>
      <pre className="playback-code" id={`${id}-code`} data-testid="playback-code" tabIndex={0} aria-label={`The ${what} at this point`}>
        {playback.frames[step].code}
      </pre>
    </section>
  );
}
