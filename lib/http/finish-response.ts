// What scripts/serve.ts adds to Next's answers: each HTML page's script hashes in its
// Content-Security-Policy (lib/http/page-policy.ts), HSTS on an HTTPS site, and for the public
// pages and open data a Cache-Control that lets a CDN keep them but ask again (ETag) before each
// use, so that a save is seen at once everywhere. Pages are buffered to be hashed, and compressed
// here; the policy and the compressed bytes of a cached page are kept by its ETag.
import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { isPrivatePath } from '@/lib/auth/editor-paths';
import { pagePolicy } from './page-policy';

const gzip = promisify(zlib.gzip);
const PUBLIC_CACHE = 'public, max-age=0, must-revalidate';
const KEPT = 500;
const byEtag = new Map<string, { policy: string; gzipped?: Buffer }>();

/** Pages (not build assets, not files): the answers that may be HTML. */
function mayBePage(path: string): boolean {
  return !path.startsWith('/_next/') && !path.startsWith('/api/') && !path.startsWith('/feeds/') && !/\.[a-z0-9]+$/i.test(path);
}

function remember(etag: string, entry: { policy: string; gzipped?: Buffer }) {
  if (byEtag.size >= KEPT) byEtag.delete(byEtag.keys().next().value!);
  byEtag.set(etag, entry);
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
  const chunks: Buffer[] = [];
  let head: unknown[] | null = null;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
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
    void send(req, res, path, Buffer.concat(chunks), head, acceptsGzip, secure, original).then(done, (error: unknown) => {
      console.error('answer could not be finished:', error instanceof Error ? error.message : error);
      res.destroy();
    });
    return res;
  }) as typeof res.end;
}

async function send(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: Buffer, head: unknown[] | null, acceptsGzip: boolean, secure: boolean, original: Partial<http.ServerResponse>) {
  if (head && typeof head[0] === 'number') res.statusCode = head[0];
  const headerArg = head?.find((a) => a && typeof a === 'object') as Record<string, string> | undefined;
  if (headerArg) for (const [k, v] of Object.entries(headerArg)) res.setHeader(k, v);
  const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
  let out = body;
  if (html && body.length) {
    const etag = res.getHeader('etag') as string | undefined;
    const known = etag ? byEtag.get(etag) : undefined;
    const entry = known ?? { policy: pagePolicy(body.toString('utf8'), { secure }) };
    res.setHeader('Content-Security-Policy', entry.policy);
    if (acceptsGzip && body.length > 1024) {
      entry.gzipped ??= await gzip(body);
      out = entry.gzipped;
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    if (etag && !known) remember(etag, entry);
    if (res.hasHeader('content-length')) res.setHeader('Content-Length', out.length);
  }
  publicCacheControl(req, res, path);
  // Node writes the head through res.writeHead: the real methods again before the real end.
  Object.assign(res, original);
  res.end(req.method === 'HEAD' ? undefined : out);
}
