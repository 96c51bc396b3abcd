// The security headers of every response, and the Content-Security-Policy they share. Plain
// CommonJS: next.config.js sends these with no code run per request, and scripts/serve.ts adds
// the hashes of each HTML page's own inline scripts (lib/http/page-policy.ts, decision 011).

/**
 * The policy, with `scripts` and `styles` the extra sources allowed for inline code.
 * @param {{ scripts?: string[], styles?: string[], secure?: boolean, dev?: boolean }} [options]
 */
function contentSecurityPolicy({ scripts = [], styles = [], secure = false, dev = false } = {}) {
  const directives = [
    "default-src 'self'",
    // Scripts from our origin, and inline scripts only when their hash is listed: never injected code.
    `script-src 'self'${scripts.map((s) => ` ${s}`).join('')}${dev ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
    `style-src 'self'${styles.map((s) => ` ${s}`).join('')}${dev ? " 'unsafe-inline'" : ''}`,
    // Inline style attributes (chart widths, map colours) cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    ...(secure ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

const STATIC_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** For next.config.js headers(): the fixed headers and the policy without inline code. */
function staticHeaders() {
  const dev = process.env.NODE_ENV === 'development';
  return [
    ...Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
  ];
}

module.exports = { contentSecurityPolicy, STATIC_SECURITY_HEADERS, staticHeaders };
