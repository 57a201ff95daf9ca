import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import type { CanvasProps } from "./whiteboard-canvas.client";
import { loadExcalidraw } from "./excalidraw-assets";

// Fetched only when a whiteboard is first shown (never on the server, never on other pages).
const Canvas = lazy(() => loadExcalidraw().then(() => import("./whiteboard-canvas.client")));

class CanvasBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.warn("The whiteboard could not load.", error);
  }
  render() {
    return this.state.failed ? (
      <p className="form-error" role="alert">
        The whiteboard could not load. Reload the page to try again; your written answer is unaffected.
      </p>
    ) : (
      this.props.children
    );
  }
}

/** Excalidraw in a box of its own, once the page is hydrated. */
export function WhiteboardEditor(props: CanvasProps & { label: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { label, ...canvas } = props;
  return (
    <div className="whiteboard-canvas" role="group" aria-label={label}>
      {hydrated ? (
        <CanvasBoundary>
          <Suspense fallback={<p className="muted whiteboard-loading">Loading the whiteboard…</p>}>
            <Canvas {...canvas} />
          </Suspense>
        </CanvasBoundary>
      ) : (
        <p className="muted whiteboard-loading">Loading the whiteboard…</p>
      )}
    </div>
  );
}
