import { useRef, useState, type ReactNode } from "react";

const MIN = 20;
const MAX = 80;
const STEP = 5;
const clamp = (v: number) => Math.min(MAX, Math.max(MIN, Math.round(v)));

/**
 * Two panes side by side on a wide screen, stacked on a narrow one (CSS decides). The
 * handle between them resizes by dragging or from the keyboard (arrows, Home, End), as
 * the ARIA window-splitter pattern describes.
 */
export function SplitPane({ first, second, label, firstLabel }: { first: ReactNode; second: ReactNode; label: string; firstLabel: string }) {
  const [share, setShare] = useState(45);
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const fromPointer = (clientX: number) => {
    const rect = box.current?.getBoundingClientRect();
    if (rect && rect.width > 0) setShare(clamp(((clientX - rect.left) / rect.width) * 100));
  };
  return (
    <div className="split" ref={box} style={{ "--split": `${share}%` } as React.CSSProperties}>
      <div className="split-pane split-first" role="region" aria-label={firstLabel} tabIndex={0}>
        {first}
      </div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={share}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        tabIndex={0}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (dragging.current) fromPointer(e.clientX);
        }}
        onPointerUp={(e) => {
          dragging.current = false;
          e.currentTarget.releasePointerCapture(e.pointerId);
        }}
        onKeyDown={(e) => {
          const next =
            e.key === "ArrowLeft" ? share - STEP : e.key === "ArrowRight" ? share + STEP : e.key === "Home" ? MIN : e.key === "End" ? MAX : null;
          if (next === null) return;
          e.preventDefault();
          setShare(clamp(next));
        }}
      />
      <div className="split-pane split-second">{second}</div>
    </div>
  );
}
