// Just enough of the source map v3 format to turn a position in transpiled
// code back into the candidate's own line: decoding "mappings" (base64 VLQ)
// and looking up the closest segment. A dependency would be heavier than this.

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Segments per generated line: [generatedColumn, originalLine, originalColumn], all 0-based. */
export type LineMap = Array<Array<[number, number, number]>>;

export function decodeMappings(mappings: string): LineMap {
  const lines: LineMap = [];
  let originalLine = 0;
  let originalColumn = 0;
  let sourceIndex = 0;
  for (const lineText of mappings.split(";")) {
    const segments: Array<[number, number, number]> = [];
    let generatedColumn = 0;
    for (const segmentText of lineText.split(",")) {
      if (!segmentText) continue;
      const fields = decodeVlq(segmentText);
      generatedColumn += fields[0];
      if (fields.length >= 4) {
        sourceIndex += fields[1];
        originalLine += fields[2];
        originalColumn += fields[3];
        segments.push([generatedColumn, originalLine, originalColumn]);
      }
    }
    lines.push(segments);
  }
  void sourceIndex; // one source per run: the candidate's file
  return lines;
}

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`invalid source map character ${JSON.stringify(c)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Original 1-based line and column for a 1-based generated position, or
 * undefined when the generated line is the transpiler's own (helpers).
 */
export function originalPosition(map: LineMap, line: number, column: number): { line: number; column: number } | undefined {
  const segments = map[line - 1];
  if (!segments || segments.length === 0) return undefined;
  let best = segments[0];
  for (const s of segments) {
    if (s[0] <= column - 1) best = s;
    else break;
  }
  return { line: best[1] + 1, column: best[2] + 1 };
}
