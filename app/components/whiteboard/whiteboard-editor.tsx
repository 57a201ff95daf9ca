import { Component, lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
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

/**
 * Two gaps in Excalidraw's own markup that screen readers (and axe) trip over: the menu button
 * has an icon and no name, and Radix popover triggers rendered as plain <div>s carry
 * aria-controls, aria-haspopup and aria-expanded, which a <div> without a role may not have. Patched as Excalidraw renders them.
 */
export function patchExcalidrawAccessibility(root: ParentNode) {
  for (const button of root.querySelectorAll<HTMLElement>(".main-menu-trigger:not([aria-label])")) button.setAttribute("aria-label", "Whiteboard menu");
  for (const el of root.querySelectorAll<HTMLElement>("div:not([role]):is([aria-controls], [aria-haspopup], [aria-expanded])")) {
    for (const name of ["aria-controls", "aria-haspopup", "aria-expanded"]) el.removeAttribute(name);
  }
}

function useAccessibilityPatch() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    patchExcalidrawAccessibility(root);
    const observer = new MutationObserver(() => patchExcalidrawAccessibility(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-controls", "aria-haspopup", "aria-expanded", "class"] });
    return () => observer.disconnect();
  }, []);
  return ref;
}

/** Excalidraw in a box of its own, once the page is hydrated. */
export function WhiteboardEditor(props: CanvasProps & { label: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const patched = useAccessibilityPatch();
  const { label, ...canvas } = props;
  return (
    <div ref={patched} className="whiteboard-canvas" role="group" aria-label={label}>
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
