// What scripts/serve.ts adds to Next's answers: each HTML page's script hashes in its
// Content-Security-Policy (lib/http/page-policy.ts), HSTS on an HTTPS site, and for the public
// pages and open data a Cache-Control that lets a CDN keep them but ask again (ETag) before each
// use, so that a save is seen at once everywhere. Pages are buffered to be hashed, and compressed
// here. A cached page comes from Next as the very same string on every request: what is worked out
// from it (its ETag, policy, bytes and compressed bytes) is kept with that string as the key, so a
// page served again costs no hashing, encoding or compression (next.config.js turns Next's own
// ETag, a hash of the whole page on every request, off).
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { isPrivatePath } from '@/lib/auth/editor-paths';
import { pagePolicy } from './page-policy';

const gzip = promisify(zlib.gzip);
const PUBLIC_CACHE = 'public, max-age=0, must-revalidate';
const KEPT = 200;
type Worked = { etag: string; policy: string; bytes: Buffer; gzipped?: Buffer };
const byPage = new Map<string | Buffer, Worked>();
// A page whose body came as bytes is kept under the hash of its bytes.
const byDigest = new Map<string, Worked>();

/** Pages (not build assets, not files): the answers that may be HTML. */
function mayBePage(path: string): boolean {
  return !path.startsWith('/_next/') && !path.startsWith('/api/') && !path.startsWith('/feeds/') && !/\.[a-z0-9]+$/i.test(path);
}

function remember<K>(map: Map<K, Worked>, key: K, entry: Worked) {
  if (map.size >= KEPT) map.delete(map.keys().next().value!);
  map.set(key, entry);
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64url').slice(0, 27);

function workOut(bytes: Buffer, secure: boolean, hash = digest(bytes)): Worked {
  return { etag: `"${hash}"`, policy: pagePolicy(bytes.toString('utf8'), { secure }), bytes };
}

/** What a cached page's body gives, worked out once: the same string or bytes give the same entry. */
function cachedPage(body: string | Buffer, secure: boolean): Worked {
  if (typeof body === 'string') {
    const known = byPage.get(body);
    if (known) return known;
    const entry = workOut(Buffer.from(body, 'utf8'), secure);
    remember(byPage, body, entry);
    return entry;
  }
  const hash = digest(body);
  const known = byDigest.get(hash);
  if (known) return known;
  const entry = workOut(body, secure, hash);
  remember(byDigest, hash, entry);
  return entry;
}

function publicCacheControl(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
  const read = req.method === 'GET' || req.method === 'HEAD';
  const cached = /s-maxage=/.test(String(res.getHeader('cache-control') ?? ''));
  if (read && cached && !isPrivatePath(path) && !res.hasHeader('set-cookie')) res.setHeader('Cache-Control', PUBLIC_CACHE);
}

/** The client (a CDN) holds these bytes already: the cached open data has an ETag of its own. */
function unchanged(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const etag = res.getHeader('etag');
  return (req.method === 'GET' || req.method === 'HEAD') && typeof etag === 'string' && req.headers['if-none-match'] === etag;
}

function notModified(res: http.ServerResponse, args: unknown[]) {
  args[0] = 304;
  res.removeHeader('content-length');
  res.removeHeader('content-type');
  const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
  res.write = ((..._a: unknown[]) => true) as typeof res.write;
  res.end = ((...a: unknown[]) => end(...a.filter((x) => typeof x === 'function'))) as typeof res.end;
}

export function finishResponses(req: http.IncomingMessage, res: http.ServerResponse, secure: boolean): void {
  const path = (req.url ?? '/').split('?')[0]!;
  if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  if (!mayBePage(path)) {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      publicCacheControl(req, res, path);
      if (typeof args[0] === 'number' && args[0] === 200 && unchanged(req, res)) notModified(res, args);
      return writeHead(...args);
    }) as typeof res.writeHead;
    return;
  }
  // Next must not compress what is hashed here; this answer is compressed below instead.
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  delete req.headers['accept-encoding'];
  const chunks: (string | Buffer)[] = [];
  let head: unknown[] | null = null;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    if (typeof chunk === 'string' && (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding))) chunks.push(chunk);
    else chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding as BufferEncoding));
  };
  // One string stays itself (the key of a cached page); anything else becomes bytes.
  const body = () => (chunks.length === 1 && typeof chunks[0] === 'string' ? chunks[0] : Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))));
  res.writeHead = ((...args: unknown[]) => {
    head = args;
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    const done = [encoding, callback].find((a) => typeof a === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    const done = [chunk, encoding, callback].find((a) => typeof a === 'function') as (() => void) | undefined;
    void send(req, res, path, body(), head, acceptsGzip, secure, original).then(done, (error: unknown) => {
      console.error('answer could not be finished:', error instanceof Error ? error.message : error);
      res.destroy();
    });
    return res;
  }) as typeof res.end;
}

async function send(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: string | Buffer, head: unknown[] | null, acceptsGzip: boolean, secure: boolean, original: Partial<http.ServerResponse>) {
  if (head && typeof head[0] === 'number') res.statusCode = head[0];
  const headerArg = head?.find((a) => a && typeof a === 'object') as Record<string, string> | undefined;
  if (headerArg) for (const [k, v] of Object.entries(headerArg)) res.setHeader(k, v);
  const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
  let out = typeof body === 'string' ? null : body;
  if (html && body.length) {
    // A page Next serves from its cache (s-maxage) is the same for everyone: worked out once, with
    // an ETag; a page rendered for this request alone is worked out for it and forgotten.
    const shared = res.statusCode === 200 && /s-maxage=/.test(String(res.getHeader('cache-control') ?? ''));
    const entry = shared ? cachedPage(body, secure) : workOut(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, secure, '');
    res.setHeader('Content-Security-Policy', entry.policy);
    out = entry.bytes;
    if (shared) {
      res.setHeader('ETag', entry.etag);
      if ((req.method === 'GET' || req.method === 'HEAD') && req.headers['if-none-match'] === entry.etag) {
        res.statusCode = 304;
        res.removeHeader('content-length');
        res.removeHeader('content-type');
        publicCacheControl(req, res, path);
        Object.assign(res, original);
        res.end();
        return;
      }
    }
    if (acceptsGzip && entry.bytes.length > 1024) {
      entry.gzipped ??= await gzip(entry.bytes);
      out = entry.gzipped;
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    if (res.hasHeader('content-length')) res.setHeader('Content-Length', out.length);
  }
  out ??= Buffer.from(body as string, 'utf8');
  publicCacheControl(req, res, path);
  // Node writes the head through res.writeHead: the real methods again before the real end.
  Object.assign(res, original);
  res.end(req.method === 'HEAD' ? undefined : out);
}
