/**
 * The page may load code, styles, fonts and data from this site only: nothing is ever
 * fetched from another host. Monaco runs its language workers from blob: URLs and sets
 * inline styles, and KaTeX uses inline styles, hence those two allowances.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
