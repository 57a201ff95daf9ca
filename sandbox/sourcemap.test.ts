import { transform } from "esbuild";
import { describe, expect, it } from "vitest";
import { decodeMappings, originalPosition } from "./sourcemap";

describe("source maps", () => {
  it("decodes VLQ segments, including negative deltas", () => {
    // "AAAA;AACA,EAAE;ACDA": line 0 col 0 → 0:0; line 1 col 0 → 1:0, col 2 → 1:2; line 2 col 0 → 0:2 (source 1)
    const map = decodeMappings("AAAA;AACA,EAAE;ACDA");
    expect(map[0]).toEqual([[0, 0, 0]]);
    expect(map[1]).toEqual([[0, 1, 0], [2, 1, 2]]);
    expect(map[2]).toEqual([[0, 0, 2]]);
  });

  it("maps esbuild's output back to the TypeScript line", async () => {
    const source = "type P = { x: number };\n\nexport function f(p: P): number {\n  const y: number = 2;\n  return p.x * y + (null as any).z;\n}\n";
    const out = await transform(source, { loader: "ts", format: "cjs", sourcemap: "external" });
    const map = decodeMappings(JSON.parse(out.map).mappings);
    const lines = out.code.split("\n");
    const generated = lines.findIndex((l) => l.includes(".z")) + 1;
    const column = lines[generated - 1].indexOf(".z") + 1;
    expect(originalPosition(map, generated, column)?.line).toBe(5);
    // esbuild's own helper lines have no original position
    expect(originalPosition(map, 1, 1)).toBeUndefined();
  });
});
