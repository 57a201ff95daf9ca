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
 * Excalidraw gives every font face two sources, the asset path and then its CDN (esm.sh), and
 * offers no way to drop the second. Chromium checks every source of a FontFace against the
 * Content-Security-Policy as soon as the face is made, so the CDN address shows up as a blocked
 * request to another host even though the first source loads. Font faces are therefore made
 * with the sources on this site only.
 */
export function sameSiteFontSources(source: string, origin: string): string {
  const parts = source.split(/,(?=\s*(?:url|local)\()/);
  const kept = parts.filter((part) => {
    const url = /url\(\s*['"]?([^'")]+)/.exec(part)?.[1];
    if (!url || /^data:/i.test(url)) return true;
    try {
      return new URL(url, origin).origin === origin;
    } catch {
      return false;
    }
  });
  return kept.length ? kept.join(",") : source;
}

function keepFontsOnThisSite() {
  const Native = window.FontFace;
  if ((Native as { sameSiteOnly?: boolean }).sameSiteOnly) return;
  class SameSiteFontFace extends Native {
    static sameSiteOnly = true;
    constructor(family: string, source: string | BufferSource, descriptors?: FontFaceDescriptors) {
      super(family, typeof source === "string" ? sameSiteFontSources(source, window.location.origin) : source, descriptors);
    }
  }
  window.FontFace = SameSiteFontFace;
}

/**
 * The Excalidraw module, its fonts pointed at this site (otherwise it asks its CDN) and its
 * stylesheet added to the page once.
 */
export function loadExcalidraw() {
  if (!loading) {
    window.EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
    keepFontsOnThisSite();
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
