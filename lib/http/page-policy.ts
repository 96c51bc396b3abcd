// The Content-Security-Policy of one HTML page: the fixed policy plus the hash of each inline
// script Next wrote into it. A cached page is the same bytes for everyone, so its hashes are too,
// and a CDN may keep the header with the page. An inline script is hashed only when it has the
// shape of Next's own (data pushed to self.__next_f or Turbopack's chunk list, nothing run): a script injected into the page
// in any other form has no hash and does not run (docs/decisions/011).
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '@/lib/auth/headers';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const PUSH = /^self\.__next_f\.push\(([\s\S]*)\)$/;
// Turbopack's list of the page's chunks: one JSON object pushed, nothing run.
const CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);$/;

/** True for the inline scripts Next writes: the bootstrap, or data pushed as one JSON value. */
export function isFrameworkScript(body: string): boolean {
  return body === BOOTSTRAP || pushesJson(PUSH, body, Array.isArray) || pushesJson(CHUNKS, body, (v) => !!v && typeof v === 'object' && !Array.isArray(v));
}

function pushesJson(shape: RegExp, code: string, expected: (value: unknown) => boolean): boolean {
  const m = shape.exec(code);
  if (!m) return false;
  try {
    return expected(JSON.parse(m[1]!));
  } catch {
    return false;
  }
}

const hash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

export function pagePolicy(html: string, options: { secure: boolean }): string {
  const scripts = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) if (isFrameworkScript(m[1]!)) scripts.add(hash(m[1]!));
  const styles = new Set<string>();
  for (const m of html.matchAll(INLINE_STYLE)) styles.add(hash(m[1]!));
  return contentSecurityPolicy({ scripts: [...scripts], styles: [...styles], secure: options.secure });
}
