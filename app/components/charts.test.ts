import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HistoryChart, historyCoords, historyPath, historySummary, sortedPoints, valueY } from "./history-chart";
import { axisAngle, clamp01, labelPlacement, pointsAttr, RadarChart, radarPoints, radarSummary, shortLabel } from "./radar-chart";

const center = { x: 100, y: 100 };

describe("radar geometry", () => {
  it("puts the first axis straight up and goes clockwise", () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    const [top, right, bottom, left] = radarPoints([1, 1, 1, 1], 50, center);
    expect(top).toEqual({ x: 100, y: 50 });
    expect(right).toEqual({ x: 150, y: 100 });
    expect(bottom).toEqual({ x: 100, y: 150 });
    expect(left).toEqual({ x: 50, y: 100 });
  });

  it("scales by value and clamps out-of-range values", () => {
    const pts = radarPoints([0.5, 2, -1, Number.NaN], 40, center);
    expect(pts[0]).toEqual({ x: 100, y: 80 });
    expect(pts[1]).toEqual({ x: 140, y: 100 });
    expect(pts[2]).toEqual(center);
    expect(pts[3]).toEqual(center);
    expect(clamp01(undefined)).toBe(0);
  });

  it("works from 3 to 12 axes: every corner on its circle", () => {
    for (let n = 3; n <= 12; n++) {
      const pts = radarPoints(Array(n).fill(1), 80, center);
      expect(pts).toHaveLength(n);
      for (const p of pts) expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(80, 1);
    }
  });

  it("formats points and anchors labels away from the centre", () => {
    expect(pointsAttr([{ x: 1, y: 2 }, { x: 3.5, y: 4 }])).toBe("1,2 3.5,4");
    expect(labelPlacement(0, 4, 50, center).anchor).toBe("middle");
    expect(labelPlacement(1, 4, 50, center).anchor).toBe("start");
    expect(labelPlacement(3, 4, 50, center).anchor).toBe("end");
  });

  it("summarises values and bars in words", () => {
    expect(radarSummary([{ label: "Coding", value: 0.8, bar: 0.7 }, { label: "ML", value: 0.456 }])).toBe(
      "Coding 80% (bar 70%), ML 46%",
    );
    expect(shortLabel("Machine learning system design")).toBe("Machine learning…");
  });
});

describe("<RadarChart>", () => {
  const axes = [
    { label: "Coding", value: 0.8, bar: 0.7 },
    { label: "ML theory", value: 0.4, bar: 0.6 },
    { label: "System design", value: 0.6, bar: 0.5 },
  ];

  it("draws an accessible SVG with a dashed bar polygon", () => {
    const html = renderToString(createElement(RadarChart, { axes }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Skills: Coding 80% (bar 70%), ML theory 40% (bar 60%), System design 60% (bar 50%)"');
    expect(html).toContain("<title>Skills: Coding 80%");
    expect(html).toContain('class="chart-value"');
    expect(html).toContain('class="chart-bar"');
    expect(html).toContain("System design");
  });

  it("leaves out the bar polygon when no axis has a bar", () => {
    const html = renderToString(createElement(RadarChart, { axes: axes.map(({ label, value }) => ({ label, value })) }));
    expect(html).not.toContain("chart-bar");
  });

  it("is a plain list with fewer than 3 axes", () => {
    const html = renderToString(createElement(RadarChart, { axes: axes.slice(0, 2) }));
    expect(html).not.toContain("<svg");
    expect(html).toContain("<ul");
    expect(html).toContain("<li>Coding: 80%<span class=\"muted\"> (bar 70%)</span></li>");
  });
});

describe("history geometry", () => {
  const area = { left: 0, top: 0, width: 100, height: 50 };
  const points = [
    { at: "2026-01-03T00:00:00Z", value: 1 },
    { at: "2026-01-01T00:00:00Z", value: 0 },
    { at: "2026-01-02T00:00:00Z", value: 0.5 },
  ];

  it("sorts by time and drops unreadable dates", () => {
    expect(sortedPoints([...points, { at: "nope", value: 1 }]).map((p) => p.value)).toEqual([0, 0.5, 1]);
  });

  it("maps time to x and value to y", () => {
    expect(valueY(1, area)).toBe(0);
    expect(valueY(0, area)).toBe(50);
    expect(valueY(7, area)).toBe(0);
    expect(historyCoords(sortedPoints(points), area)).toEqual([
      { x: 0, y: 50 },
      { x: 50, y: 25 },
      { x: 100, y: 0 },
    ]);
    expect(historyPath(sortedPoints(points), area)).toBe("M0,50 L50,25 L100,0");
  });

  it("centres a single point and handles no points", () => {
    expect(historyPath([{ at: "2026-01-01T00:00:00Z", value: 0.5 }], area)).toBe("M50,25");
    expect(historyPath([], area)).toBe("");
  });

  it("summarises in words", () => {
    expect(historySummary(points, 0.7)).toBe("3 results, latest 100%, bar 70%. 1 Jan 2026: 0%; 2 Jan 2026: 50%; 3 Jan 2026: 100%");
    expect(historySummary([])).toBe("No results yet");
  });
});

describe("<HistoryChart>", () => {
  it("draws the line, the dashed bar and an accessible label", () => {
    const html = renderToString(
      createElement(HistoryChart, {
        points: [
          { at: "2026-01-01T00:00:00Z", value: 0.4, label: "Mock 1" },
          { at: "2026-02-01T00:00:00Z", value: 0.75 },
        ],
        bar: 0.7,
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain("Results over time: 2 results, latest 75%, bar 70%");
    expect(html).toContain('class="chart-line"');
    expect(html).toContain('class="chart-bar"');
    expect(html).toContain("Mock 1");
  });

  it("shows an empty state without points", () => {
    const html = renderToString(createElement(HistoryChart, { points: [] }));
    expect(html).toContain("No results yet.");
    expect(html).not.toContain("<svg");
  });
});
