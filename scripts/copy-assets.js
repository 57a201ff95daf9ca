// Monaco, KaTeX and Excalidraw's fonts are served by the app itself (no CDN): copy what the browser needs
// from node_modules into public/ (git-ignored), once per package version.
// The packages' exports maps hide package.json from require.resolve, so read the folders directly.
import fs from "node:fs";
import path from "node:path";

const ASSETS = [
  // Monaco's AMD build, loaded by @monaco-editor/react from /monaco/vs
  { pkg: "monaco-editor", target: "public/monaco/vs", files: [["min/vs", "."]] },
  // katex.min.css refers to its fonts as fonts/KaTeX_*.woff2, so the layout is kept
  { pkg: "katex", target: "public/katex", files: [["dist/katex.min.css", "katex.min.css"], ["dist/fonts", "fonts"]] },
  // The whiteboard: window.EXCALIDRAW_ASSET_PATH points at /excalidraw/, where Excalidraw looks
  // for fonts/<family>/<file>. Every font is copied: one it cannot find here it asks its CDN for.
  {
    pkg: "@excalidraw/excalidraw",
    target: "public/excalidraw",
    files: [["dist/prod/fonts", "fonts"], ["dist/prod/index.css", "index.css"]],
  },
];

for (const { pkg, target, files } of ASSETS) {
  const root = path.resolve("node_modules", pkg);
  const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
  const stamp = path.resolve(target, ".version");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === version) continue;
  fs.rmSync(target, { recursive: true, force: true });
  for (const [from, to] of files) fs.cpSync(path.join(root, from), path.resolve(target, to), { recursive: true });
  fs.writeFileSync(stamp, version);
  console.log(`${pkg} ${version} copied to ${target}`);
}
