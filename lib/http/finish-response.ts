// What scripts/serve.ts adds to Next's answers: each HTML page's script hashes in its
// Content-Security-Policy (lib/http/page-policy.ts), HSTS on an HTTPS site, compression, and for
// the public pages and open data a Cache-Control that lets a CDN keep them but ask again (ETag)
// before each use, so that a save is seen at once everywhere.
//
// Pages and open data are buffered here, to be hashed and compressed. An answer Next serves from
// its cache is the same for everyone, and a cached page comes as the very same string on every
// request: what is worked out from it (ETag, policy, bytes, compressed bytes) is kept with that
// string, or the answer's ETag, as the key. Served again, it costs no hashing, encoding or
// compression (next.config.js turns off Next's own ETag, a hash of the whole page each time).
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { isPrivatePath } from '@/lib/auth/editor-paths';
import { pagePolicy } from './page-policy';

const gzip = promisify(zlib.gzip);
const PUBLIC_CACHE = 'public, max-age=0, must-revalidate';
const COMPRESSIBLE = /^(text\/|application\/(json|atom\+xml|xml))/;
const KEPT = 200;

type Worked = { etag: string | null; policy: string | null; bytes: Buffer; gzipped?: Buffer };
/** Cached answers by their body when it came as one string (the same object each time)… */
const byBody = new Map<string, Worked>();
/** …else by their ETag, or the hash of their bytes. */
const byTag = new Map<string, Worked>();

/** Answers worked out here: pages and open data, not build assets or other files. */
function handledHere(path: string): boolean {
  return !path.startsWith('/_next/') && (path.startsWith('/api/') || !/\.[a-z0-9]+$/i.test(path));
}

function remember(map: Map<string, Worked>, key: string, entry: Worked) {
  if (map.size >= KEPT) map.delete(map.keys().next().value!);
  map.set(key, entry);
}

const digest = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
const bytesOf = (body: string | Buffer) => (typeof body === 'string' ? Buffer.from(body, 'utf8') : body);

function workOut(bytes: Buffer, html: boolean, secure: boolean, etag: string | null): Worked {
  return { etag, policy: html ? pagePolicy(bytes.toString('utf8'), { secure }) : null, bytes };
}

/** A cached answer, worked out once: the same string, ETag or bytes give the same entry. */
function sharedAnswer(body: string | Buffer, html: boolean, secure: boolean, etag: string | null): Worked {
  if (typeof body === 'string' && !etag) {
    const known = byBody.get(body);
    if (known) return known;
    const bytes = bytesOf(body);
    const entry = workOut(bytes, html, secure, digest(bytes));
    remember(byBody, body, entry);
    return entry;
  }
  const bytes = bytesOf(body);
  const tag = etag ?? digest(bytes);
  const known = byTag.get(tag);
  if (known && known.bytes.equals(bytes)) return known;
  const entry = workOut(bytes, html, secure, tag);
  remember(byTag, tag, entry);
  return entry;
}

function publicCacheControl(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
  const read = req.method === 'GET' || req.method === 'HEAD';
  const cached = /s-maxage=/.test(String(res.getHeader('cache-control') ?? ''));
  if (read && cached && !isPrivatePath(path) && !res.hasHeader('set-cookie')) res.setHeader('Cache-Control', PUBLIC_CACHE);
}

/** The client (a CDN) holds these bytes already. */
function unchanged(req: http.IncomingMessage, etag: unknown): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && typeof etag === 'string' && req.headers['if-none-match'] === etag;
}

/** Adds to the Vary Next wrote (the router's headers), never replaces it. */
function addVary(res: http.ServerResponse, header: string) {
  const vary = String(res.getHeader('vary') ?? '');
  if (!vary.split(',').some((h) => h.trim().toLowerCase() === header.toLowerCase())) res.setHeader('Vary', vary ? `${vary}, ${header}` : header);
}

/** Build assets and files: Next answers them; only the public cache policy and 304 are added. */
function finishFiles(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    publicCacheControl(req, res, path);
    if (args[0] === 200 && unchanged(req, res.getHeader('etag'))) {
      args[0] = 304;
      res.removeHeader('content-length');
      res.removeHeader('content-type');
      const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
      res.write = ((..._a: unknown[]) => true) as typeof res.write;
      res.end = ((...a: unknown[]) => end(...a.filter((x) => typeof x === 'function'))) as typeof res.end;
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

export function finishResponses(req: http.IncomingMessage, res: http.ServerResponse, secure: boolean): void {
  const path = (req.url ?? '/').split('?')[0]!;
  if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  if (!handledHere(path)) return finishFiles(req, res, path);
  // Next must not compress what is hashed and kept here; the answer is compressed below instead.
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
  const body = () => (chunks.length === 1 && typeof chunks[0] === 'string' ? chunks[0] : Buffer.concat(chunks.map(bytesOf)));
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
  const type = String(res.getHeader('content-type') ?? '');
  const html = type.startsWith('text/html');
  const etag = res.getHeader('etag');
  // An answer from Next's cache (s-maxage) is the same for everyone: worked out once, with an
  // ETag; one rendered for this request alone is worked out for it and forgotten.
  const shared = res.statusCode === 200 && /s-maxage=/.test(String(res.getHeader('cache-control') ?? ''));
  const entry = shared ? sharedAnswer(body, html, secure, typeof etag === 'string' ? etag : null) : workOut(bytesOf(body), html, secure, typeof etag === 'string' ? etag : null);
  if (entry.policy) res.setHeader('Content-Security-Policy', entry.policy);
  if (entry.etag) res.setHeader('ETag', entry.etag);
  publicCacheControl(req, res, path);
  Object.assign(res, original);
  if (res.statusCode === 200 && unchanged(req, entry.etag)) {
    res.statusCode = 304;
    res.removeHeader('content-length');
    res.removeHeader('content-type');
    res.end();
    return;
  }
  let out = entry.bytes;
  const compressible = out.length > 1024 && COMPRESSIBLE.test(type) && !res.hasHeader('content-encoding');
  if (compressible) addVary(res, 'Accept-Encoding');
  if (compressible && acceptsGzip) {
    entry.gzipped ??= await gzip(entry.bytes);
    out = entry.gzipped;
    res.setHeader('Content-Encoding', 'gzip');
  }
  if (res.hasHeader('content-length')) res.setHeader('Content-Length', out.length);
  // Node writes the head through res.writeHead: the real methods were put back above.
  res.end(req.method === 'HEAD' ? undefined : out);
}
