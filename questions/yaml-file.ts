// Parses a bank YAML file and keeps enough of the document to point a problem
// at its line, so "hidden test 3: expected must be int" also says where.
import { isNode, LineCounter, parseDocument, type Document } from "yaml";

export interface YamlFile {
  value: unknown;
  /** Syntax errors, already worded as "line N: message". */
  errors: string[];
  /** 1-based line of the node at `path`, if the path exists in the file. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYamlFile(text: string): YamlFile {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `no`, `on` and `1_000` stay strings, as authors expect.
  const doc: Document.Parsed = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors = [...doc.errors, ...doc.warnings].map((e) => {
    const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
    return `line ${line}: ${e.message.split("\n")[0]}`;
  });
  return {
    value: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    errors,
    lineOf(path) {
      // Walk up until a node exists: a missing field is reported at its parent.
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}
