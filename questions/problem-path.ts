// Turns a zod issue path into the words an author would use for that spot in
// their files: ["hidden", 2, "expected"] → "hidden test 3: expected".

type Segment = PropertyKey;

// Lists whose items an author counts from 1 and names in prose.
const LIST_NAMES: Record<string, string> = {
  examples: "public example",
  hidden: "hidden test",
  options: "option",
  rubric: "rubric criterion",
  params: "param",
};

// Fields that a folder question keeps in their own files, so the problem
// points at the file rather than at a YAML key the author never wrote.
const FILE_FIELDS: Record<string, string> = {
  prompt: "prompt.md",
  explanation: "explanation.md",
  modelAnswer: "model-answer.md",
};

export function describePath(path: readonly Segment[], opts: { folder?: boolean } = {}): string {
  const phrases: string[] = [];
  // Whether the last phrase is a field path that later keys extend with ".key".
  let extendable = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const key = String(seg);
    if (opts.folder && i === 0 && FILE_FIELDS[key]) {
      phrases.push(FILE_FIELDS[key]);
      extendable = false;
    } else if (opts.folder && i === 0 && (key === "starter" || key === "solutions") && path.length > 1) {
      phrases.push(describeCodeFile(key, path.slice(1)));
      break;
    } else if (typeof seg === "string" && LIST_NAMES[seg] && typeof path[i + 1] === "number") {
      phrases.push(`${LIST_NAMES[seg]} ${(path[i + 1] as number) + 1}`);
      extendable = false;
      i++;
    } else if (typeof seg === "number") {
      if (extendable) phrases[phrases.length - 1] += `[${seg}]`;
      else phrases.push(`[${seg}]`);
      extendable = true;
    } else {
      if (extendable) phrases[phrases.length - 1] += `.${key}`;
      else phrases.push(key);
      extendable = true;
    }
  }
  return phrases.join(": ");
}

const EXT: Record<string, string> = { python: "py", js: "js", ts: "ts" };

function describeCodeFile(field: "starter" | "solutions", rest: readonly Segment[]): string {
  const lang = String(rest[0]);
  const ext = EXT[lang] ?? lang;
  if (field === "starter") return `starter.${ext}`;
  if (rest[1] === "reference") return `solutions/reference.${ext}`;
  if (rest[1] === "wrong" && rest.length > 2) return `solutions/${String(rest[2])}.${ext}`;
  if (rest[1] === "wrong") return `solutions/wrong-*.${ext}`;
  return `solutions (${lang})`;
}
