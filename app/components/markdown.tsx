/**
 * Shows HTML made by `renderMarkdown` (app/markdown.server.ts) in a loader. The HTML is
 * sanitised there — never pass anything else here. Routes that show math should add
 * `katexLinks` (./katex-links) to their `links` export.
 */
export function Markdown({ html, className }: { html: string; className?: string }) {
  return <div className={className ? `prose ${className}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
