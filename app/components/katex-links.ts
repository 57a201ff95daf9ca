import type { LinkDescriptor } from "@remix-run/node";

/**
 * KaTeX's stylesheet and fonts, served by the app itself (copied to public/katex by
 * scripts/copy-assets.js): spread into the `links` export of any route that shows math.
 */
export const katexLinks: LinkDescriptor[] = [{ rel: "stylesheet", href: "/katex/katex.min.css" }];
