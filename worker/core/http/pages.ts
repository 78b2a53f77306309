/**
 * CSP for the HTML pages we serve (/docs, the demo product pages): only our own scripts, styles and API; no
 * inline script or style, no framing. The widget keeps to it too (its styles are constructed stylesheets).
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
