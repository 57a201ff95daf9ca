import { clamp01, percent, type Point } from "./radar-chart";

export type HistoryPoint = {
  /** ISO time */
  at: string;
  /** 0..1 */
  value: number;
  label?: string;
};

export type PlotArea = { left: number; top: number; width: number; height: number };

const round = (n: number) => Math.round(n * 100) / 100;

/** Points with a readable time, oldest first. */
export function sortedPoints(points: HistoryPoint[]): HistoryPoint[] {
  return points.filter((p) => Number.isFinite(Date.parse(p.at))).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Height of a value (0..1) in the plot area: 1 at the top, 0 at the bottom. */
export function valueY(value: number, area: PlotArea): number {
  return round(area.top + (1 - clamp01(value)) * area.height);
}

/**
 * Where each point sits: x by time between the first and the last (a single point, or points all
 * at the same time, sit in the middle), y by value. Expects points sorted by time.
 */
export function historyCoords(points: HistoryPoint[], area: PlotArea): Point[] {
  if (points.length === 0) return [];
  const times = points.map((p) => Date.parse(p.at));
  const first = times[0];
  const span = times[times.length - 1] - first;
  return points.map((p, i) => ({
    x: round(span > 0 ? area.left + ((times[i] - first) / span) * area.width : area.left + area.width / 2),
    y: valueY(p.value, area),
  }));
}

/** An SVG path `d` through the points, in time order; "" for no points. */
export function historyPath(points: HistoryPoint[], area: PlotArea): string {
  return historyCoords(points, area)
    .map((c, i) => `${i === 0 ? "M" : "L"}${c.x},${c.y}`)
    .join(" ");
}

// Fixed locale and time zone: the server and the browser write the same text.
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatShortDate(iso: string): string {
  return shortDate.format(new Date(iso));
}

/** One sentence for screen readers. */
export function historySummary(points: HistoryPoint[], bar?: number): string {
  const sorted = sortedPoints(points);
  if (sorted.length === 0) return "No results yet";
  const parts = sorted.map((p) => `${formatShortDate(p.at)}${p.label ? ` (${p.label})` : ""}: ${percent(p.value)}`);
  const latest = sorted[sorted.length - 1];
  const head = `${sorted.length} ${sorted.length === 1 ? "result" : "results"}, latest ${percent(latest.value)}`;
  return `${head}${bar === undefined ? "" : `, bar ${percent(bar)}`}. ${parts.join("; ")}`;
}

type HistoryChartProps = {
  points: HistoryPoint[];
  /** 0..1, drawn as a dashed line. */
  bar?: number;
  title?: string;
  width?: number;
  height?: number;
  /** Shown when there are no points. */
  emptyText?: string;
  className?: string;
};

/** Results over time as a small line chart, the bar as a dashed line; accessible. */
export function HistoryChart({
  points,
  bar,
  title = "Results over time",
  width = 480,
  height = 180,
  emptyText = "No results yet.",
  className,
}: HistoryChartProps) {
  const sorted = sortedPoints(points);
  if (sorted.length === 0) {
    return (
      <p className={["chart-empty", className].filter(Boolean).join(" ")} data-testid="history-chart">
        {emptyText}
      </p>
    );
  }
  const area: PlotArea = { left: 40, top: 10, width: width - 56, height: height - 38 };
  const coords = historyCoords(sorted, area);
  const summary = `${title}: ${historySummary(sorted, bar)}`;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const bottom = area.top + area.height;

  return (
    <figure className={["history", className].filter(Boolean).join(" ")} style={{ margin: 0 }}>
      <svg
        className="history-chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        data-testid="history-chart"
      >
        <title>{summary}</title>
        {[0, 0.5, 1].map((v) => (
          <g key={v} aria-hidden="true">
            <line className="chart-grid" x1={area.left} x2={area.left + area.width} y1={valueY(v, area)} y2={valueY(v, area)} />
            <text className="chart-label" x={area.left - 6} y={valueY(v, area) + 4} textAnchor="end">
              {percent(v)}
            </text>
          </g>
        ))}
        {bar === undefined ? null : (
          <line className="chart-bar" x1={area.left} x2={area.left + area.width} y1={valueY(bar, area)} y2={valueY(bar, area)} />
        )}
        <path className="chart-line" d={historyPath(sorted, area)} />
        {coords.map((c, i) => (
          <circle key={i} className="chart-point" cx={c.x} cy={c.y} r={3.5}>
            <title>{`${formatShortDate(sorted[i].at)}${sorted[i].label ? ` · ${sorted[i].label}` : ""}: ${percent(sorted[i].value)}`}</title>
          </circle>
        ))}
        <g aria-hidden="true">
          <text className="chart-label" x={area.left} y={bottom + 18} textAnchor="start">
            {formatShortDate(first.at)}
          </text>
          {sorted.length > 1 ? (
            <text className="chart-label" x={area.left + area.width} y={bottom + 18} textAnchor="end">
              {formatShortDate(last.at)}
            </text>
          ) : null}
        </g>
      </svg>
      {bar === undefined ? null : (
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch" />
            Result
          </li>
          <li>
            <span className="swatch bar" />
            Bar {percent(bar)}
          </li>
        </ul>
      )}
    </figure>
  );
}
