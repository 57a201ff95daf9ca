// KaTeX's stylesheet and fonts are served by the app itself (no CDN): copy them into public/katex.
// katex.min.css refers to its fonts as fonts/KaTeX_*.woff2, so the folder layout is kept.
import fs from "node:fs";
import path from "node:path";

const source = path.resolve("node_modules/katex/dist");
const target = path.resolve("public/katex");
const stamp = path.join(target, ".version");
const version = JSON.parse(fs.readFileSync(path.resolve("node_modules/katex/package.json"), "utf8")).version;

if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === version) process.exit(0);
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
fs.copyFileSync(path.join(source, "katex.min.css"), path.join(target, "katex.min.css"));
fs.cpSync(path.join(source, "fonts"), path.join(target, "fonts"), { recursive: true });
fs.writeFileSync(stamp, version);
console.log(`katex ${version} copied to public/katex`);
