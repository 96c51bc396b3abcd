// Facts about the current request that auth needs: client address, protocol, path.
import { isHttpsSite } from '@/lib/site';
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER, normalizeAddress } from './client-address';

export type RequestFacts = { ip: string; secure: boolean; path: string; actionId: string | null };

/** Set by proxy.ts on every request it sees, so server code knows the URL being served. */
export const PATH_HEADER = 'x-memberline-path';

/**
 * The client address the server took from the socket (lib/auth/client-address.ts). Without our
 * server in front (next dev) there is no trustworthy address, and every request counts as one.
 */
export function clientAddressOf(h: Headers): string {
  if (process.env[CLIENT_ADDRESS_FLAG] !== '1') return 'unknown';
  return normalizeAddress(h.get(CLIENT_ADDRESS_HEADER)) ?? 'unknown';
}

export function requestFacts(h: Headers): RequestFacts {
  const path = (h.get(PATH_HEADER) || '/').slice(0, 2000);
  return { ip: clientAddressOf(h), secure: isHttpsSite(), path, actionId: h.get('next-action')?.slice(0, 100) ?? null };
}

// Control characters (C0, DEL, C1) and backslashes: browsers drop tabs and newlines from URLs and
// read "\" as "/", so "/\t/evil.example" and "/\evil.example" both lead off the site.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;
const BASE = 'http://same-origin.invalid';

function decodedForms(value: string): string[] {
  const forms = [value];
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(forms.at(-1)!);
      if (next === forms.at(-1)) break;
      forms.push(next);
    } catch {
      return [];
    }
  }
  return forms;
}

/** Only a path on this site may be a redirect target after sign-in; anything else becomes "/". */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return '/';
  const forms = decodedForms(next);
  // Also refuse what decoding would turn into a trick, in case anything decodes it once more.
  if (forms.length === 0 || forms.some((f) => !f.startsWith('/') || f.startsWith('//') || UNSAFE.test(f))) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  const path = url.pathname + url.search + url.hash;
  if (path.startsWith('//') || /^\/sign-(in|out)/.test(url.pathname)) return '/';
  return path;
}
