import { describe, expect, it } from "vitest";
import { classifyUrl, decodeEntities, isSameSitePath, markdownCacheSize, renderMarkdown } from "./markdown.server";

/** The visible HTML without KaTeX's MathML twin, to look for text. */
function visible(html: string) {
  return html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, "");
}

describe("renderMarkdown", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const html = renderMarkdown("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ **new**");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
    expect(html).toContain('type="checkbox"');
    expect(html).toContain("<del>old</del>");
    expect(html).toContain("<strong>new</strong>");
  });

  it("highlights fenced code on the server, by language and alias", () => {
    const html = renderMarkdown("```python\ndef f(x):\n    return x + 1  # add\n```");
    expect(html).toContain('<code class="hljs language-python">');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('<span class="hljs-comment"># add</span>');
    expect(renderMarkdown("```ts\nconst x: number = 1;\n```")).toContain('<span class="hljs-keyword">const</span>');
    for (const lang of ["javascript", "json", "bash", "sql", "yaml"]) {
      expect(renderMarkdown("```" + lang + "\nx\n```")).toContain(`language-${lang}`);
    }
  });

  it("escapes code in unknown languages and never trusts the fence info", () => {
    const html = renderMarkdown('```cobol"><script>x</script>\n<b>hi</b>\n```');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;hi&lt;/b&gt;");
    expect(html).toContain('<code class="hljs">');
  });

  it("renders inline and display math with KaTeX", () => {
    const html = renderMarkdown("Loss $L = -\\sum_i y_i \\log p_i$ here.\n\n$$\n\\frac{a}{b}\n$$\n");
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain("<math");
    expect(html).toContain('<div class="math-display">');
    expect(renderMarkdown("a $$E=mc^2$$ b")).toContain("katex-display");
    expect(renderMarkdown("```math\nx^2\n```")).toContain("katex-display");
  });

  it("leaves math alone inside code", () => {
    expect(renderMarkdown("`$x$`")).toBe("<p><code>$x$</code></p>\n");
  });

  it("does not turn prices into math", () => {
    expect(renderMarkdown("It costs $5 and $10.")).toBe("<p>It costs $5 and $10.</p>\n");
    expect(renderMarkdown("From $5-$10 a month")).toBe("<p>From $5-$10 a month</p>\n");
    expect(renderMarkdown("a $ b $ c")).toBe("<p>a $ b $ c</p>\n");
    expect(renderMarkdown("Pay \\$5 now")).toBe("<p>Pay $5 now</p>\n");
    const mixed = visible(renderMarkdown("Spend $5 on $x^2$ items"));
    expect(mixed).toContain("Spend $5 on ");
    expect(mixed).toContain('class="katex"');
  });

  it("escapes raw HTML instead of passing it through", () => {
    const html = renderMarkdown("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)> there\n\n<div onclick=x>*a*</div>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("neutralises javascript: and other unsafe links, however they are spelled", () => {
    const html = renderMarkdown(
      "[a](javascript:alert(1)) [b](&#106;avascript:alert(1)) [c](JAVASCRIPT:alert(1)) [d](data:text/html,x) [e](vbscript:x) [f](&#x6A;avascript&colon;x)",
    );
    expect(html).not.toMatch(/href=/);
    expect(html).toContain('<span class="unsafe-link">a</span>');
    expect(renderMarkdown("<javascript:alert(1)>")).not.toMatch(/href=/);
  });

  it("keeps http(s), mailto and relative links, with rel noopener noreferrer", () => {
    const html = renderMarkdown('[w](https://example.com/?a=1&b=2 "T") [m](mailto:a@b.c) [r](/practice) [h](#part)');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2" title="T" target="_blank" rel="noopener noreferrer">w</a>');
    expect(html).toContain('<a href="mailto:a@b.c" rel="noopener noreferrer">m</a>');
    expect(html).toContain('<a href="/practice" rel="noopener noreferrer">r</a>');
    expect(html).toContain('<a href="#part" rel="noopener noreferrer">h</a>');
    expect(renderMarkdown("see https://example.com")).toContain('rel="noopener noreferrer"');
  });

  it("never loads an image from another host", () => {
    const html = renderMarkdown("![chart](https://evil.example/x.png) ![p](//evil.example/y.png) ![j](javascript:x) ![ok](/static/a.png)");
    expect(html).not.toContain("evil.example/y.png");
    expect(html).toContain('<a href="https://evil.example/x.png" target="_blank" rel="noopener noreferrer">chart</a>');
    expect(html).toContain('<img src="/static/a.png" alt="ok" loading="lazy">');
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it("shows broken or untrusted TeX as an inline error, never as markup", () => {
    const html = renderMarkdown("$\\href{javascript:alert(1)}{x}$ and $\\frac{$");
    expect(html).not.toMatch(/href="javascript/);
    expect(html).not.toContain("<a ");
  });

  it("returns the cached HTML for the same markdown and keeps the cache bounded", () => {
    const md = "cached $x$ " + Math.random();
    expect(renderMarkdown(md)).toBe(renderMarkdown(md));
    for (let i = 0; i < 700; i++) renderMarkdown(`item ${i}`);
    expect(markdownCacheSize()).toBeLessThanOrEqual(500);
  });
});

describe("url helpers", () => {
  it("classifies URLs the way a browser reads them", () => {
    expect(classifyUrl("https://a.b")).toBe("web");
    expect(classifyUrl("HTTP://a.b")).toBe("web");
    expect(classifyUrl("mailto:x@y")).toBe("mailto");
    expect(classifyUrl("/a")).toBe("relative");
    expect(classifyUrl("a/b:c")).toBe("relative");
    expect(classifyUrl(" java\tscript:x")).toBe("unsafe");
    expect(classifyUrl("\u0001javascript:x")).toBe("unsafe");
    expect(classifyUrl("data:image/png;base64,AAAA")).toBe("unsafe");
  });

  it("tells same-site paths from protocol-relative ones", () => {
    expect(isSameSitePath("/img/a.png")).toBe(true);
    expect(isSameSitePath("img/a.png")).toBe(true);
    expect(isSameSitePath("//evil/a.png")).toBe(false);
    expect(isSameSitePath("/\\evil/a.png")).toBe(false);
    expect(isSameSitePath("/\t/evil/a.png")).toBe(false);
    expect(isSameSitePath("https://evil/a.png")).toBe(false);
  });

  it("decodes character references", () => {
    expect(decodeEntities("&#106;&#x61;&colon;&amp;&unknown;")).toBe("ja:&&unknown;");
  });
});
