import { TRACK_LABELS } from "../format";

const TRACK_ORDER = ["junior", "mid", "senior", "staff"] as const;

/** A criterion's anchors per track; the attempt's target track is marked (not by colour alone). */
export function RubricAnchors({ anchors, target }: { anchors: Record<string, string>; target?: string }) {
  return (
    <dl className="anchors">
      {TRACK_ORDER.map((t) => (
        <div key={t} className={t === target ? "target" : undefined} data-target={t === target ? "true" : undefined}>
          <dt>
            {TRACK_LABELS[t]}
            {t === target ? <span className="visually-hidden"> (target track)</span> : null}
            {t === target ? " ★" : ""}
          </dt>
          <dd>{anchors[t]}</dd>
        </div>
      ))}
    </dl>
  );
}
