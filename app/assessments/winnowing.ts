/**
 * Code similarity by winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local
 * algorithms for document fingerprinting", SIGMOD 2003 — the method behind MOSS).
 *
 * The code is first reduced to tokens with every identifier, string and number replaced
 * by one placeholder and whitespace and comments dropped, so renaming variables or
 * reformatting changes nothing. Hashes of every k consecutive tokens are computed, and
 * in each window of w consecutive hashes the smallest is kept: any match of at least
 * w + k - 1 tokens is guaranteed to share a fingerprint. Pure: no database, no I/O.
 */

export type Language = "python" | "js" | "ts";
export type Token = { text: string; start: number; end: number };

/** Tokens per k-gram and hashes per window (a shared run of K + W - 1 tokens is always found). */
export const K = 7;
export const W = 5;

const PYTHON_KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
];
const JS_KEYWORDS = [
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export",
  "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "of",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while", "with",
  "yield", "async", "await", "interface", "type", "number", "string", "boolean", "readonly",
];
const KEYWORDS: Record<Language, Set<string>> = {
  python: new Set(PYTHON_KEYWORDS),
  js: new Set(JS_KEYWORDS),
  ts: new Set(JS_KEYWORDS),
};

// One alternative per token class; comments and whitespace are matched so they can be skipped.
const PYTHON_LEXER =
  /(\s+)|(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|[rbfuRBFU]{0,2}"(?:\\.|[^"\\\n])*"|[rbfuRBFU]{0,2}'(?:\\.|[^'\\\n])*')|(\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_]\w*)|([\s\S])/y;
const JS_LEXER =
  /(\s+)|(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\[\s\S]|[^`\\])*`)|(\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?n?|\.\d+)|([A-Za-z_$][\w$]*)|([\s\S])/y;

/** The code as normalised tokens, each with where it stands in the original text. */
export function tokenize(code: string, language: Language): Token[] {
  const lexer = new RegExp(language === "python" ? PYTHON_LEXER : JS_LEXER);
  const keywords = KEYWORDS[language];
  const tokens: Token[] = [];
  let match: RegExpExecArray | null;
  lexer.lastIndex = 0;
  while (lexer.lastIndex < code.length && (match = lexer.exec(code))) {
    const [whole, space, comment, string, number, word] = match;
    const start = match.index;
    const end = start + whole.length;
    if (space !== undefined || comment !== undefined) continue;
    const text = string !== undefined ? "S" : number !== undefined ? "N" : word !== undefined ? (keywords.has(word) ? word : "V") : whole;
    tokens.push({ text, start, end });
  }
  return tokens;
}

/** FNV-1a over the k-gram's token texts: small, fast and well spread for short strings. */
function hashKgram(tokens: Token[], from: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + k; i++) {
    const text = tokens[i].text;
    for (let j = 0; j < text.length; j++) {
      h ^= text.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // token separator, so "ab"+"c" differs from "a"+"bc"
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function kgramHashes(tokens: Token[], k = K): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + k <= tokens.length; i++) hashes.push(hashKgram(tokens, i, k));
  return hashes;
}

/**
 * The paper's robust winnowing: in every window of w hashes keep the minimum (the
 * rightmost one on ties), recording a position only once. Fewer than w hashes form
 * one window, so short code still has a fingerprint.
 */
export function winnow(hashes: number[], w = W): { hash: number; pos: number }[] {
  const prints: { hash: number; pos: number }[] = [];
  if (hashes.length === 0) return prints;
  const windows = Math.max(1, hashes.length - w + 1);
  const size = Math.min(w, hashes.length);
  let last = -1;
  for (let start = 0; start < windows; start++) {
    let min = start;
    for (let i = start; i < start + size; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) {
      prints.push({ hash: hashes[min], pos: min });
      last = min;
    }
  }
  return prints;
}

export type Fingerprint = { tokens: Token[]; kgrams: number[]; prints: Set<number> };

/** Fingerprints of a solution, leaving out every k-gram that also occurs in the starter code. */
export function fingerprint(code: string, language: Language, starter = ""): Fingerprint {
  const tokens = tokenize(code, language);
  const kgrams = kgramHashes(tokens);
  const fromStarter = new Set(kgramHashes(tokenize(starter, language)));
  const prints = new Set(winnow(kgrams).map((p) => p.hash).filter((h) => !fromStarter.has(h)));
  return { tokens, kgrams, prints };
}

export type Region = [start: number, end: number];

export type Comparison = {
  /** Dice coefficient of the two fingerprint sets: 1 for the same code, 0 for nothing shared. */
  shared: number;
  /** fraction of each side's fingerprints found in the other */
  fractionA: number;
  fractionB: number;
  /** character ranges of each text that are part of a shared k-gram (starter code excluded) */
  regionsA: Region[];
  regionsB: Region[];
};

function regions(side: Fingerprint, other: Set<number>, starter: Set<number>, k = K): Region[] {
  const ranges: Region[] = [];
  side.kgrams.forEach((hash, i) => {
    if (!other.has(hash) || starter.has(hash)) return;
    const start = side.tokens[i].start;
    const end = side.tokens[i + k - 1].end;
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  });
  return ranges;
}

/** The shared fraction of two fingerprints already computed (for comparing many answers pairwise). */
export function sharedFraction(a: Fingerprint, b: Fingerprint): { shared: number; fractionA: number; fractionB: number } {
  let common = 0;
  for (const h of a.prints) if (b.prints.has(h)) common++;
  const total = a.prints.size + b.prints.size;
  return {
    shared: total === 0 ? 0 : (2 * common) / total,
    fractionA: a.prints.size ? common / a.prints.size : 0,
    fractionB: b.prints.size ? common / b.prints.size : 0,
  };
}

/** Compare two solutions of one question written against the same starter code. */
export function compare(a: { code: string; language: Language }, b: { code: string; language: Language }, starter: { a?: string; b?: string } = {}): Comparison {
  const fa = fingerprint(a.code, a.language, starter.a);
  const fb = fingerprint(b.code, b.language, starter.b);
  const starterHashes = new Set([...kgramHashes(tokenize(starter.a ?? "", a.language)), ...kgramHashes(tokenize(starter.b ?? "", b.language))]);
  return {
    ...sharedFraction(fa, fb),
    regionsA: regions(fa, new Set(fb.kgrams), starterHashes),
    regionsB: regions(fb, new Set(fa.kgrams), starterHashes),
  };
}

/** Split a text into runs that are inside or outside the given (sorted, disjoint) regions. */
export function markRegions(text: string, ranges: Region[]): { text: string; shared: boolean }[] {
  const parts: { text: string; shared: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), shared: false });
    parts.push({ text: text.slice(Math.max(start, at), end), shared: true });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), shared: false });
  return parts;
}
