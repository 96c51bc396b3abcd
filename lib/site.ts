// The site's public address, from one setting (PUBLIC_ORIGIN), never from request headers: a
// client can write any Host or X-Forwarded-Proto. HTTPS, Secure cookies, HSTS and the absolute
// links of feeds all follow from it. Kept free of imports: proxy.ts reads it on every request.

/** The origin of PUBLIC_ORIGIN (`https://memberline.example`), or null when unset or not http(s). */
export function publicOrigin(value: string | undefined = process.env.PUBLIC_ORIGIN): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Whether the site is served over HTTPS: only PUBLIC_ORIGIN says so. */
export function isHttpsSite(value: string | undefined = process.env.PUBLIC_ORIGIN): boolean {
  return publicOrigin(value)?.startsWith('https:') ?? false;
}

/**
 * The origin for absolute links: PUBLIC_ORIGIN, else the address the server itself listens on
 * (what Next puts in request.url, never the Host header), which is right only for local use.
 */
export function siteOrigin(fallback: URL | string, value: string | undefined = process.env.PUBLIC_ORIGIN): string {
  return publicOrigin(value) ?? new URL(String(fallback)).origin;
}

/**
 * The address the server listens on, as Next writes it in request.url (scripts/serve.ts starts Next
 * on localhost and PORT): what siteOrigin falls back to for an answer rendered without a request.
 */
export function listeningOrigin(): string {
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** A problem with PUBLIC_ORIGIN worth saying at start, or null. */
export function publicOriginProblem(value: string | undefined = process.env.PUBLIC_ORIGIN): string | null {
  if (!value) return 'PUBLIC_ORIGIN is not set: feeds link to the local address and cookies are not marked Secure. Set it on a public deployment (for example https://memberline.example).';
  if (!publicOrigin(value)) return `PUBLIC_ORIGIN "${value.slice(0, 200)}" is not an http:// or https:// origin; it is ignored.`;
  return null;
}
