import { TRACK_INFO, TRACKS } from "../../questions/taxonomy";
import { DESCRIPTION_MAX, DURATION_MAX, DURATION_MIN, TITLE_MAX } from "../assessments/forms";
import { Field } from "./field";

type Values = { title?: string; description?: string; track?: string; durationMinutes?: number | string; reviewsRequired?: number | string };

/** Title, description, track, duration and reviewers: the fields of a new assessment and of the builder. */
export function AssessmentDetailsFields({ values = {}, errors = {} }: { values?: Values; errors?: Record<string, string> }) {
  return (
    <>
      <Field label="Title" name="title" maxLength={TITLE_MAX} required defaultValue={values.title} error={errors.title} />
      <div className={`field${errors.description ? " has-error" : ""}`}>
        <label htmlFor="description">Description (shown to candidates on the start page)</label>
        <textarea id="description" name="description" rows={3} maxLength={DESCRIPTION_MAX} defaultValue={values.description} aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? "description-error" : undefined} />
        {errors.description ? (
          <p className="field-error" id="description-error" role="alert">
            {errors.description}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="track">Target track</label>
        <select id="track" name="track" defaultValue={values.track ?? "mid"}>
          {TRACKS.map((t) => (
            <option key={t} value={t}>
              {TRACK_INFO[t].label} ({TRACK_INFO[t].years})
            </option>
          ))}
        </select>
        {errors.track ? <p className="field-error" role="alert">{errors.track}</p> : null}
      </div>
      <Field
        label="Duration (minutes)"
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={DURATION_MIN}
        max={DURATION_MAX}
        required
        defaultValue={values.durationMinutes ?? 60}
        hint={`Between ${DURATION_MIN} and ${DURATION_MAX} minutes.`}
        error={errors.durationMinutes}
      />
      <div className="field">
        <label htmlFor="reviewsRequired">Reviewers per design or behavioural answer</label>
        <select id="reviewsRequired" name="reviewsRequired" defaultValue={String(values.reviewsRequired ?? 2)}>
          <option value="1">1</option>
          <option value="2">2</option>
          <option value="3">3</option>
        </select>
        {errors.reviewsRequired ? <p className="field-error" role="alert">{errors.reviewsRequired}</p> : null}
      </div>
    </>
  );
}
