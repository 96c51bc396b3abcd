import { createHash } from 'node:crypto';
import { getDb, type Db } from '@/db/client';
import { countryFeed, organizationFeed, siteFeed } from '@/lib/open-data/atom';
import { countryAnswer, membersCsvAnswer, organizationAnswer, organizationsAnswer, spellsCsvAnswer, statusChangesCsvAnswer } from '@/lib/open-data/handlers';
import { jsonError } from '@/lib/open-data/http';
import { listeningOrigin } from '@/lib/site';

// The open data of today, served from Next's cache like the reader pages (app/cached):
// next.config.js rewrites /api/v1/… here when no query parameter changes the answer, and every
// /feeds/… (the feeds take none; they are answered only here) (lib/http/reader-routes.js).
// Rendered on first request, expired by every save (lib/cache/expire.ts).
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

const TODAY = new URL('http://cached.invalid/');

/** A feed's absolute links: PUBLIC_ORIGIN, else the server's own address, as on a feed rendered per request. */
function feedAnswer(db: Db, kind: string | undefined, key: string | undefined, rest: string[]): Response {
  const origin = new URL(listeningOrigin());
  if (kind === 'changes' && !key) return siteFeed(db, origin);
  if (kind === 'organizations' && key && !rest.length) return organizationFeed(db, key, origin);
  if (kind === 'countries' && key && !rest.length) return countryFeed(db, key, origin);
  return jsonError(404, 'No such feed.');
}

function answerFor(path: string[]): Response {
  const db = getDb();
  if (path[0] === 'feeds') {
    const [, kind, key, ...rest] = path.map(decodeURIComponent);
    return feedAnswer(db, kind, key, rest);
  }
  const [api, version, kind, key, file, ...rest] = path.map(decodeURIComponent);
  if (api !== 'api' || version !== 'v1' || rest.length) return jsonError(404, 'No such API path.');
  if (kind === 'organizations' && !key) return organizationsAnswer(db, TODAY);
  if (kind === 'organizations' && key && !file) return organizationAnswer(db, key, TODAY);
  if (kind === 'organizations' && key && file === 'members.csv') return membersCsvAnswer(db, key, TODAY);
  if (kind === 'countries' && key && !file) return countryAnswer(db, key, TODAY);
  if (kind === 'countries' && key && file === 'spells.csv') return spellsCsvAnswer(db, key);
  if (kind === 'status-changes.csv' && !key) return statusChangesCsvAnswer(db, TODAY);
  return jsonError(404, 'No such API path.');
}

/**
 * The answer without its per-request "no-store", with an ETag of its bytes: scripts/serve.ts gives
 * it the public policy and answers 304 to a CDN that holds it already (lib/http/finish-response.ts).
 */
async function cacheable(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.delete('Cache-Control');
  headers.set('ETag', `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`);
  return new Response(body, { status: response.status, headers });
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return cacheable(answerFor((await params).path));
}
