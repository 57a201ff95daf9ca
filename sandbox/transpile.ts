import { transform } from "esbuild";
import type { CompileErrorInfo } from "./protocol";
import { decodeMappings, type LineMap } from "./sourcemap";

// TypeScript goes through esbuild: a real parser, so syntax errors come back
// with a line and column, while type errors are ignored (a run is about
// behaviour). Output is CommonJS so `export function` works in a classic
// script; the source map takes runtime errors back to the candidate's lines.

export type PreparedSource =
  | { ok: true; code: string; map?: LineMap }
  | { ok: false; error: CompileErrorInfo };

/** Module syntax at the start of a line; plain scripts skip the transpiler and keep their exact positions. */
const MODULE_SYNTAX = /^\s*(?:export\s|import\s*[\w{*"'])/m;

export async function prepareSource(language: "js" | "ts", source: string): Promise<PreparedSource> {
  if (language === "js" && !MODULE_SYNTAX.test(source)) return { ok: true, code: source };
  try {
    const result = await transform(source, {
      loader: language,
      format: "cjs",
      sourcemap: "external",
      sourcefile: language === "ts" ? "solution.ts" : "solution.js",
      target: "es2022",
      logLevel: "silent",
    });
    const map = JSON.parse(result.map) as { mappings: string };
    return { ok: true, code: result.code, map: decodeMappings(map.mappings) };
  } catch (error) {
    return { ok: false, error: describeTransformError(error) };
  }
}

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null };

function describeTransformError(error: unknown): CompileErrorInfo {
  const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
  if (!first) return { message: "The code could not be compiled" };
  const location = first.location;
  if (!location) return { message: `SyntaxError: ${first.text}` };
  return {
    message: `SyntaxError: ${first.text} (line ${location.line}, column ${location.column + 1})`,
    line: location.line,
    column: location.column + 1,
  };
}

/** Starts esbuild's service now rather than during the first graded run. */
export async function warmTranspiler(): Promise<void> {
  await prepareSource("ts", "export const warm: number = 1;");
}
