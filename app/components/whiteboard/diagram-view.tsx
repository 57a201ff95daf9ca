import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { WhiteboardScene } from "../../../questions/whiteboard-scene";
import { loadExcalidraw } from "./excalidraw-assets";
import { sceneLabels } from "./scene";

/**
 * A saved diagram as an image, drawn by Excalidraw's exportToSvg in the viewer's own browser:
 * the server never renders a scene a candidate made. Labels come out as SVG text nodes (the
 * SVG is inserted as an element, never parsed from a string), so a label that looks like HTML
 * stays characters. A button opens it full size, read-only, to pan and zoom.
 */
export function DiagramView({ scene, title }: { scene: WhiteboardScene; title: string }) {
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const labels = sceneLabels(scene);
  useEffect(() => {
    let live = true;
    loadExcalidraw()
      .then(({ exportToSvg }) =>
        exportToSvg({
          elements: scene.elements as never,
          appState: { viewBackgroundColor: scene.appState.viewBackgroundColor ?? "#ffffff", exportBackground: true, exportWithDarkMode: false },
          files: null,
          exportPadding: 16,
        }),
      )
      .then(
        (el) => live && setSvg(el),
        (error) => {
          console.warn("The diagram could not be drawn.", error);
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [scene]);

  if (scene.elements.length === 0) return null;
  return (
    <figure className="diagram-figure" data-testid="diagram">
      {failed ? (
        <p className="form-error">The diagram could not be drawn in this browser.</p>
      ) : svg ? (
        <SvgHost svg={svg} label={title} className="diagram-thumb" />
      ) : (
        <p className="muted">Drawing the diagram…</p>
      )}
      <figcaption>
        <span>{title}</span>
        {labels.length ? (
          <span className="diagram-labels">
            {" "}
            — labels: <span data-testid="diagram-labels">{labels.join(" · ")}</span>
          </span>
        ) : null}{" "}
        {svg ? (
          <button type="button" className="secondary small" onClick={() => setOpen(true)}>
            Open the diagram full size
          </button>
        ) : null}
      </figcaption>
      {svg ? <DiagramDialog svg={svg} title={title} open={open} onClose={() => setOpen(false)} /> : null}
    </figure>
  );
}

/** Puts a copy of the exported SVG element in place (a copy: the same one is shown twice). */
function SvgHost({ svg, label, className }: { svg: SVGSVGElement; label: string; className?: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("role", "img");
    copy.setAttribute("aria-label", label);
    el.replaceChildren(copy);
  }, [svg, label]);
  return <div ref={host} className={className} />;
}

type View = { x: number; y: number; scale: number };
const STEP = 60;
const ZOOM = 1.25;

function DiagramDialog({ svg, title, open, onClose }: { svg: SVGSVGElement; title: string; open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const helpId = useId();
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const drag = useRef<{ x: number; y: number; from: View } | null>(null);

  const fit = useCallback(() => {
    const box = viewport.current;
    const width = Number(svg.getAttribute("width")) || 800;
    const height = Number(svg.getAttribute("height")) || 600;
    if (!box) return;
    const scale = Math.min(box.clientWidth / width, box.clientHeight / height, 4);
    setView({ scale, x: (box.clientWidth - width * scale) / 2, y: (box.clientHeight - height * scale) / 2 });
  }, [svg]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // React keeps autoFocus to itself, so the dialog cannot see it: focus the way out by hand
      closeButton.current?.focus();
      fit();
    }
    if (!open && d.open) d.close();
  }, [open, fit]);

  // zoom about the viewport's centre, so what is in the middle stays there
  const zoom = (factor: number) =>
    setView((v) => {
      const box = viewport.current;
      const cx = (box?.clientWidth ?? 0) / 2;
      const cy = (box?.clientHeight ?? 0) / 2;
      const scale = Math.min(Math.max(v.scale * factor, 0.1), 10);
      const k = scale / v.scale;
      return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
    });
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));

  return (
    <dialog ref={dialog} className="diagram-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <div className="diagram-toolbar">
        <button type="button" className="secondary small" onClick={() => zoom(ZOOM)}>
          Zoom in
        </button>
        <button type="button" className="secondary small" onClick={() => zoom(1 / ZOOM)}>
          Zoom out
        </button>
        <button type="button" className="secondary small" onClick={fit}>
          Fit to screen
        </button>
        <span className="muted" id={helpId}>
          Drag or use the arrow keys to move; + and − zoom; 0 fits. {Math.round(view.scale * 100)}%
        </span>
        <button ref={closeButton} type="button" className="small" onClick={onClose}>
          Close
        </button>
      </div>
      <div
        ref={viewport}
        className="diagram-viewport"
        tabIndex={0}
        role="group"
        aria-label={`${title}, full size`}
        aria-describedby={helpId}
        onKeyDown={(e) => {
          const moves: Record<string, [number, number]> = { ArrowLeft: [STEP, 0], ArrowRight: [-STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] };
          if (moves[e.key]) pan(...moves[e.key]);
          else if (e.key === "+" || e.key === "=") zoom(ZOOM);
          else if (e.key === "-" || e.key === "_") zoom(1 / ZOOM);
          else if (e.key === "0") fit();
          else return;
          e.preventDefault();
        }}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, y: e.clientY, from: view };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (d) setView({ ...d.from, x: d.from.x + e.clientX - d.x, y: d.from.y + e.clientY - d.y });
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
        onWheel={(e) => zoom(e.deltaY < 0 ? ZOOM : 1 / ZOOM)}
      >
        {/* only while open: a closed dialog would otherwise hold a second copy of the image */}
        {open ? (
          <div style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
            <SvgHost svg={svg} label={title} />
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
