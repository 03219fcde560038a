/**
 * The one Content-Security-Policy of the renderer, sent by both transports (Electron's app:// protocol and
 * the web host), so the page runs under the same rules whichever way it is served.
 *
 * style-src has no 'unsafe-inline': the build extracts every stylesheet to a file, React's `style` prop and
 * Floating UI write styles through the CSSOM (which CSP does not govern), and Designsystemet's popover
 * polyfill uses a constructed stylesheet (also outside CSP) and only runs where popovers are missing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every response of either transport carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
