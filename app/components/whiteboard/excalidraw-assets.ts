// Excalidraw touches `window` when it loads, so it is only ever imported from the browser,
// after hydration, and only by pages that show a diagram: the code stays out of every other
// page's bundle (esbuild puts a dynamic import in a chunk of its own).

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

/** Where scripts/copy-assets.js puts Excalidraw's fonts and stylesheet; the server serves them. */
export const EXCALIDRAW_ASSET_PATH = "/excalidraw/";

let loading: Promise<typeof import("@excalidraw/excalidraw")> | null = null;

/**
 * The Excalidraw module, its fonts pointed at this site (otherwise it asks its CDN) and its
 * stylesheet added to the page once.
 */
export function loadExcalidraw() {
  if (!loading) {
    window.EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
    if (!document.querySelector("link[data-excalidraw-css]")) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = `${EXCALIDRAW_ASSET_PATH}index.css`;
      link.dataset.excalidrawCss = "";
      document.head.appendChild(link);
    }
    loading = import("@excalidraw/excalidraw").catch((error) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}
