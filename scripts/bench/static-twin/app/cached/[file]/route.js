// The same bytes as public/bench/<file>, answered from Next's own cache: rendered on the first
// request, then served from the cache like the app's cached pages and open data. What the app can
// at best reach through Next's cache, next to what a static file reaches (scripts/bench/http.ts).
import fs from 'node:fs';
import path from 'node:path';

export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

const TYPES = { html: 'text/html; charset=utf-8', json: 'application/json', csv: 'text/csv; charset=utf-8', xml: 'application/atom+xml; charset=utf-8' };

export async function GET(_request, { params }) {
  const { file } = await params;
  const body = fs.readFileSync(path.join(process.cwd(), 'public', 'bench', path.basename(file)));
  return new Response(body, { headers: { 'content-type': TYPES[file.split('.').pop()] ?? 'text/plain' } });
}
