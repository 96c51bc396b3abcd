// An address whose path has a broken percent-escape (`/countries/%E0%A4%A`) cannot be decoded, and
// Next answers it with a 500. scripts/serve.ts answers it here instead: 400, in words, with the
// security headers every answer carries.
import type http from 'node:http';
import { STATIC_SECURITY_HEADERS } from '@/lib/auth/headers';

/** The path of a request URL decodes: every % starts a valid UTF-8 escape. */
export function decodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return true;
  } catch {
    return false;
  }
}

/** Answers 400 and returns true when the request's path cannot be decoded. */
export function refuseMalformedAddress(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (decodablePath(req.url ?? '/')) return false;
  res.writeHead(400, { ...STATIC_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('This address is not well formed: a % in its path does not start a valid escape.');
  return true;
}
