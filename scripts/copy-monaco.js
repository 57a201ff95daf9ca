// Monaco is served by the app itself (no CDN): copy its AMD build into public/.
// The package's exports map hides package.json from require.resolve, so read the folder directly.
import fs from "node:fs";
import path from "node:path";

const source = path.resolve("node_modules/monaco-editor/min/vs");
const target = path.resolve("public/monaco/vs");
const stamp = path.join(target, ".version");
const version = JSON.parse(fs.readFileSync(path.resolve("node_modules/monaco-editor/package.json"), "utf8")).version;

if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === version) process.exit(0);
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(source, target, { recursive: true });
fs.writeFileSync(stamp, version);
console.log(`monaco ${version} copied to public/monaco/vs`);
