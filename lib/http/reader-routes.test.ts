import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import routes from './reader-routes.js';

// A query parameter a page reads but the rewrite does not list would be ignored by the cached view.
const PAGE_FILES: Record<string, string[]> = {
  '/cached/home': ['app/page.tsx'],
  '/cached/organizations': ['app/organizations/page.tsx'],
  '/cached/organizations/:slug': ['app/organizations/[slug]/page.tsx', 'components/recorded-notice.tsx'],
  '/cached/countries': ['app/countries/page.tsx'],
  '/cached/sources': ['app/sources/page.tsx'],
  '/cached/sources/:id': ['app/sources/[id]/page.tsx'],
  '/cached/history': ['app/history/history-view.tsx'],
};

function keysRead(file: string): string[] {
  const text = fs.readFileSync(path.join(process.cwd(), file), 'utf8');
  const keys = [...text.matchAll(/(?:\b(?:sp|q|query|searchParams)|\(await searchParams\))\.(\w+)/g)].map((m) => m[1]!);
  return [...new Set(keys)].filter((k) => k !== 'trim');
}

describe('reader routes', () => {
  it.each(Object.entries(PAGE_FILES))('%s lists every query parameter its page reads', (destination, files) => {
    const route = routes.READER_ROUTES.find((r) => r.destination === destination)!;
    const read = files.flatMap(keysRead);
    expect(read.length).toBeGreaterThan(0);
    for (const key of read) expect(route.query, `${destination} reads ?${key}`).toContain(key);
  });

  it('leaves the editor pages that add a record to their own routes', () => {
    const sources = routes.readerRewrites().map((r) => new RegExp(`^${r.source.replace(/:\w+(\([^/]*?\)\)?)?/g, (_m, p) => p ?? '[^/]+')}$`));
    const served = (path: string) => sources.some((re) => re.test(path));
    for (const path of ['/organizations/new', '/countries/new', '/sources/new']) expect(served(path), path).toBe(false);
    for (const path of ['/organizations/oic', '/organizations/oic/on/1999-01-01', '/countries/rus', '/sources/12', '/history']) expect(served(path), path).toBe(true);
  });

  it('serves a signed-in history per request, and a date view from its own path', () => {
    const history = routes.readerRewrites().find((r) => r.source === '/history')!;
    expect(history.missing).toEqual(expect.arrayContaining(routes.SESSION_COOKIES.map((key) => ({ type: 'cookie', key }))));
    const [redirect] = routes.dateRedirects();
    expect(redirect).toMatchObject({ source: '/organizations/:slug', destination: '/organizations/:slug/on/:day', permanent: true });
    expect(new RegExp(`^${redirect!.has[0]!.value}$`).test('1999-01-01')).toBe(true);
    expect(new RegExp(`^${redirect!.has[0]!.value}$`).test('1999-01-01/../x')).toBe(false);
  });
});
