// Markdown → safe HTML, on the server only: the browser never downloads marked, KaTeX or
// highlight.js, it gets finished HTML (plus /katex/katex.min.css for the math fonts).
//
// Safety: question text may be written by hiring managers, so
//   - raw HTML is never passed through: the HTML tokenizers are switched off (tags become text,
//     escaped like any text), and the html renderer escapes too, in case a token slips by;
//   - links keep only http(s), mailto and relative destinations, with rel="noopener noreferrer";
//   - images load only from this site (relative paths); a remote image becomes a plain link;
//   - KaTeX runs with trust off (no \href, \url, \includegraphics), errors shown inline, not thrown.
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import yaml from "highlight.js/lib/languages/yaml";
import katex from "katex";
import { Marked, type TokenizerAndRendererExtension } from "marked";

hljs.registerLanguage("python", python);
hljs.registerLanguage("javascript", javascript);
hljs.registerLanguage("typescript", typescript);
hljs.registerLanguage("json", json);
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("sql", sql);
hljs.registerLanguage("yaml", yaml);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", colon: ":", sol: "/", bsol: "\\",
  tab: "\t", newline: "\n", nbsp: "\u00a0", lpar: "(", rpar: ")", period: ".", comma: ",",
  semi: ";", excl: "!", quest: "?", num: "#", percnt: "%", equals: "=", plus: "+",
};

/** Decodes the character references CommonMark resolves in a link destination. Unknown names stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export type UrlKind = "web" | "mailto" | "relative" | "unsafe";

/**
 * Classifies a URL the way a browser's URL parser will read it: leading/trailing spaces and
 * control characters are ignored, tabs and newlines anywhere are removed, the scheme is
 * case-insensitive. Anything with a scheme other than http, https or mailto is unsafe.
 */
export function classifyUrl(url: string): UrlKind {
  const seen = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen);
  if (!scheme) return "relative";
  const name = scheme[1].toLowerCase();
  if (name === "http" || name === "https") return "web";
  if (name === "mailto") return "mailto";
  return "unsafe";
}

/** True for a path on this site: relative and not protocol-relative (`//host`, `/\host`, `\\host`). */
export function isSameSitePath(url: string): boolean {
  if (classifyUrl(url) !== "relative") return false;
  const seen = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  return !/^[\\/][\\/]/.test(seen) && !seen.startsWith("\\");
}

const LINK_REL = "noopener noreferrer";

/** `$…$` inline (no space inside either dollar, closing dollar not followed by a digit) and `$$…$$`. */
const INLINE_DISPLAY_MATH = /^\$\$((?:\\[\s\S]|[^\\$])+?)\$\$/;
const INLINE_MATH = /^\$(?![\s$])((?:\\[\s\S]|[^\\$])+?)(?<!\s)\$(?!\d)/;
const BLOCK_MATH = /^ {0,3}\$\$((?:\\[\s\S]|[^\\$])+?)\$\$[ \t]*(?:\n+|$)/;

function renderMath(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    // MathML for screen readers, HTML for the eye (KaTeX hides one from the other).
    output: "htmlAndMathml",
    trust: false,
    strict: "ignore",
    maxSize: 20,
    maxExpand: 500,
  });
}

type MathToken = { type: "inlineMath" | "blockMath"; raw: string; text: string; displayMode: boolean };

const inlineMath: TokenizerAndRendererExtension = {
  name: "inlineMath",
  level: "inline",
  start(src) {
    const index = src.indexOf("$");
    return index < 0 ? undefined : index;
  },
  tokenizer(src) {
    const display = INLINE_DISPLAY_MATH.exec(src);
    if (display && display[1].trim()) {
      return { type: "inlineMath", raw: display[0], text: display[1].trim(), displayMode: true } satisfies MathToken;
    }
    if (src.startsWith("$$")) return undefined;
    const inline = INLINE_MATH.exec(src);
    if (inline) return { type: "inlineMath", raw: inline[0], text: inline[1], displayMode: false } satisfies MathToken;
    return undefined;
  },
  renderer(token) {
    return renderMath(token.text as string, Boolean(token.displayMode));
  },
};

const blockMath: TokenizerAndRendererExtension = {
  name: "blockMath",
  level: "block",
  start(src) {
    const match = /(?:^|\n) {0,3}\$\$/.exec(src);
    if (!match) return undefined;
    return match[0].startsWith("\n") ? match.index + 1 : match.index;
  },
  tokenizer(src) {
    const match = BLOCK_MATH.exec(src);
    if (!match || !match[1].trim()) return undefined;
    return { type: "blockMath", raw: match[0], text: match[1].trim(), displayMode: true } satisfies MathToken;
  },
  renderer(token) {
    return `<div class="math-display">${renderMath(token.text as string, true)}</div>\n`;
  },
};

function highlight(code: string, lang: string | undefined): { html: string; language: string | null } {
  const name = (lang ?? "").trim().split(/\s+/)[0].toLowerCase();
  const language = /^[a-z0-9_+-]{1,32}$/.test(name) ? name : null;
  if (!language || !hljs.getLanguage(language)) return { html: escapeHtml(code), language };
  return { html: hljs.highlight(code, { language, ignoreIllegals: true }).value, language };
}

function createMarked(): Marked {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    extensions: [blockMath, inlineMath],
    // No raw HTML at all: `<script>` and friends are tokenized as plain (escaped) text.
    tokenizer: {
      html() {
        return undefined;
      },
      tag() {
        return undefined;
      },
    },
    renderer: {
      html({ text }) {
        return escapeHtml(text);
      },
      code({ text, lang }) {
        if ((lang ?? "").trim().toLowerCase() === "math") return `<div class="math-display">${renderMath(text, true)}</div>\n`;
        const { html, language } = highlight(text.replace(/\n$/, ""), lang);
        const cls = language ? `hljs language-${language}` : "hljs";
        return `<pre><code class="${cls}">${html}\n</code></pre>\n`;
      },
      link({ href, title, tokens, autolink }) {
        const inner = this.parser.parseInline(tokens);
        // Autolink destinations are literal; written links may carry character references.
        const url = autolink ? href : decodeEntities(href);
        const kind = classifyUrl(url);
        if (kind === "unsafe") return `<span class="unsafe-link">${inner}</span>`;
        const titleAttr = title ? ` title="${escapeHtml(decodeEntities(title))}"` : "";
        const target = kind === "web" ? ` target="_blank"` : "";
        return `<a href="${escapeHtml(url)}"${titleAttr}${target} rel="${LINK_REL}">${inner}</a>`;
      },
      image({ href, title, text }) {
        const url = decodeEntities(href);
        const alt = escapeHtml(decodeEntities(text));
        const titleAttr = title ? ` title="${escapeHtml(decodeEntities(title))}"` : "";
        if (isSameSitePath(url)) return `<img src="${escapeHtml(url)}" alt="${alt}"${titleAttr} loading="lazy">`;
        // Never load an image from another host: offer it as a link the reader may follow.
        if (classifyUrl(url) === "web") {
          return `<a href="${escapeHtml(url)}"${titleAttr} target="_blank" rel="${LINK_REL}">${alt || "image"}</a>`;
        }
        return alt;
      },
    },
  });
  return marked;
}

const marked = createMarked();

const CACHE_MAX_ENTRIES = 500;
/** Inputs longer than this are rendered every time rather than kept (the cache stays small). */
const CACHE_MAX_INPUT = 100_000;
const cache = new Map<string, string>();

/** Renders GitHub-flavoured Markdown with math and highlighted code to HTML that is safe to inject. */
export function renderMarkdown(md: string): string {
  const hit = cache.get(md);
  if (hit !== undefined) {
    // Refresh: the Map keeps insertion order, so the first key is the least recently used.
    cache.delete(md);
    cache.set(md, hit);
    return hit;
  }
  const html = marked.parse(md, { async: false });
  if (md.length <= CACHE_MAX_INPUT) {
    cache.set(md, html);
    if (cache.size > CACHE_MAX_ENTRIES) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
  }
  return html;
}

/** For tests. */
export function markdownCacheSize(): number {
  return cache.size;
}
