// The JavaScript a browser downloads to show one page, gzipped file by file as a server sends
// it: Remix's manifest, the client entry and its imports, the root route and the page's route
// module with their imports (run after `npm run build`). Lazy chunks (Monaco, the whiteboard)
// are not counted: they load only where they are used.
//   node scripts/page-weight.js [route id ...]     e.g. routes/_index routes/practice._index
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dir = "public/build";
const manifestFile = fs.readdirSync(dir).find((f) => f.startsWith("manifest-"));
if (!manifestFile) throw new Error("No build found: run `npm run build` first");
const manifest = JSON.parse(
  fs.readFileSync(path.join(dir, manifestFile), "utf8").replace(/^window.__remixManifest=/, "").replace(/;$/, ""),
);
const routes = process.argv.slice(2);
for (const route of routes.length ? routes : ["routes/_index"]) {
  if (!manifest.routes[route]) throw new Error(`Unknown route id ${route}`);
  const files = new Set([`/build/${manifestFile}`, manifest.entry.module, ...manifest.entry.imports]);
  for (const id of ["root", route]) {
    files.add(manifest.routes[id].module);
    for (const f of manifest.routes[id].imports ?? []) files.add(f);
  }
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join("public", file));
    raw += bytes.length;
    gzipped += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`${route}: ${files.size} files, ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
}
