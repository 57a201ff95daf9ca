export type RadarAxis = {
  label: string;
  /** 0..1 */
  value: number;
  /** The bar to reach on this axis, 0..1 (drawn dashed). */
  bar?: number;
};

export type Point = { x: number; y: number };

export const MIN_RADAR_AXES = 3;
export const MAX_RADAR_AXES = 12;

/** Clamps to 0..1; anything that is not a finite number counts as 0. */
export function clamp01(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Angle of axis `index` of `count`, in radians: the first axis points up, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The polygon's corners: each value (0..1) along its axis, from `center`, at most `radius` away. */
export function radarPoints(values: number[], radius: number, center: Point): Point[] {
  return values.map((value, i) => {
    const angle = axisAngle(i, values.length);
    const r = radius * clamp01(value);
    return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
  });
}

/** An SVG `points` attribute. */
export function pointsAttr(points: Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(" ");
}

/** Where a label sits around the chart: anchored so that it grows away from the centre. */
export function labelPlacement(index: number, count: number, radius: number, center: Point) {
  const angle = axisAngle(index, count);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor: "start" | "middle" | "end" = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
  return {
    x: round(center.x + radius * cos),
    // Labels at the top sit above their point, those at the bottom below it.
    y: round(center.y + radius * sin + (sin > 0.2 ? 10 : sin < -0.2 ? -4 : 4)),
    anchor,
  };
}

export const percent = (value: number) => `${Math.round(clamp01(value) * 100)}%`;

/** One sentence for screen readers: "Coding 80% (bar 70%), ML theory 40% (bar 60%)". */
export function radarSummary(axes: RadarAxis[]): string {
  return axes
    .map((a) => `${a.label} ${percent(a.value)}${a.bar === undefined ? "" : ` (bar ${percent(a.bar)})`}`)
    .join(", ");
}

/** Short enough to sit beside the chart; the full label is in the summary and the <title>. */
export function shortLabel(label: string, max = 18): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

type RadarChartProps = {
  axes: RadarAxis[];
  /** Diameter of the chart itself in px, labels excluded (default 260). */
  size?: number;
  /** Accessible title (default "Skills"). */
  title?: string;
  className?: string;
};

/**
 * Values per axis as a filled polygon, bars as a dashed one. Accessible (role="img", a summary
 * of every value); with fewer than 3 or more than 12 axes it is a plain list instead.
 */
export function RadarChart({ axes, size = 260, title = "Skills", className }: RadarChartProps) {
  if (axes.length < MIN_RADAR_AXES || axes.length > MAX_RADAR_AXES) {
    return (
      <ul className={["chart-list", className].filter(Boolean).join(" ")} aria-label={title}>
        {axes.map((a, i) => (
          <li key={`${i}-${a.label}`}>
            {`${a.label}: ${percent(a.value)}`}
            {a.bar === undefined ? null : <span className="muted">{` (bar ${percent(a.bar)})`}</span>}
          </li>
        ))}
      </ul>
    );
  }

  const padX = 90;
  const padY = 28;
  const radius = size / 2;
  const center = { x: padX + radius, y: padY + radius };
  const width = size + 2 * padX;
  const height = size + 2 * padY;
  const n = axes.length;
  const hasBar = axes.some((a) => a.bar !== undefined);
  const summary = `${title}: ${radarSummary(axes)}`;

  return (
    <figure className={["radar", className].filter(Boolean).join(" ")} style={{ margin: 0 }}>
      <svg
        className="radar-chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        data-testid="radar-chart"
      >
        <title>{summary}</title>
        {[0.25, 0.5, 0.75, 1].map((ring) => (
          <polygon key={ring} className="chart-grid" points={pointsAttr(radarPoints(Array(n).fill(ring), radius, center))} />
        ))}
        {radarPoints(Array(n).fill(1), radius, center).map((p, i) => (
          <line key={i} className="chart-axis" x1={center.x} y1={center.y} x2={p.x} y2={p.y} />
        ))}
        <polygon className="chart-value" points={pointsAttr(radarPoints(axes.map((a) => a.value), radius, center))} />
        {hasBar ? (
          <polygon className="chart-bar" points={pointsAttr(radarPoints(axes.map((a) => clamp01(a.bar)), radius, center))} />
        ) : null}
        {axes.map((a, i) => {
          const place = labelPlacement(i, n, radius + 10, center);
          return (
            <text key={i} className="chart-label" x={place.x} y={place.y} textAnchor={place.anchor} aria-hidden="true">
              {shortLabel(a.label)} <tspan fontWeight={600}>{percent(a.value)}</tspan>
            </text>
          );
        })}
      </svg>
      {hasBar ? (
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch" />
            Score
          </li>
          <li>
            <span className="swatch bar" />
            Bar
          </li>
        </ul>
      ) : null}
    </figure>
  );
}
