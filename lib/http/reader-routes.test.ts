import fs from 'node:fs';
import path from 'node:path';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { describe, expect, it } from 'vitest';
import routes from './reader-routes.js';

// A query parameter a page reads but the rewrite does not list would be ignored by the cached view.
const PAGE_FILES: Record<string, string[]> = {
  '/': ['app/page.tsx'],
  '/organizations': ['app/organizations/page.tsx'],
  '/organizations/oic': ['app/organizations/[slug]/page.tsx', 'components/recorded-notice.tsx'],
  '/countries': ['app/countries/page.tsx'],
  '/sources': ['app/sources/page.tsx'],
  '/sources/12': ['app/sources/[id]/page.tsx'],
  '/history': ['app/history/history-view.tsx'],
};

function keysRead(file: string): string[] {
  const text = fs.readFileSync(path.join(process.cwd(), file), 'utf8');
  const keys = [...text.matchAll(/(?:\b(?:sp|q|query|searchParams)|\(await searchParams\))\.(\w+)/g)].map((m) => m[1]!);
  return [...new Set(keys)].filter((k) => k !== 'trim');
}

type Ask = { query?: Record<string, string>; cookie?: string };

/** Where Next's router sends a request under these rewrites (its own matching), or null when none applies. */
function rewrittenTo(pathname: string, { query = {}, cookie }: Ask = {}): string | null {
  const request = { headers: cookie ? { cookie } : {} } as unknown as Parameters<typeof matchHas>[0];
  for (const rule of routes.readerRewrites()) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname);
    if (!params || !matchHas(request, query, [], rule.missing)) continue;
    return prepareDestination({ appendParamsToQuery: false, destination: rule.destination, params, query }).parsedDestination.pathname ?? null;
  }
  return null;
}

describe('reader routes', () => {
  it.each(Object.entries(PAGE_FILES))('%s is rendered per request for every query parameter its page reads', (page, files) => {
    const read = files.flatMap(keysRead);
    expect(read.length).toBeGreaterThan(0);
    expect(rewrittenTo(page), page).toMatch(/^\/cached\//);
    for (const key of read) expect(rewrittenTo(page, { query: { [key]: '1' } }), `${page}?${key}=1`).toBeNull();
  });

  it('sends each reader page and open-data read to its cached route, keeping its path', () => {
    const expected: Record<string, string> = {
      '/': '/cached/home',
      '/organizations/oic': '/cached/organizations/oic',
      '/organizations/newcastle-group': '/cached/organizations/newcastle-group',
      '/organizations/oic/on/1999-01-01': '/cached/organizations/oic/on/1999-01-01',
      '/countries': '/cached/countries',
      '/countries/rus': '/cached/countries/rus',
      '/sources/12': '/cached/sources/12',
      '/history': '/cached/history',
      '/api/v1/organizations': '/cached-data/api/v1/organizations',
      '/api/v1/organizations/oic': '/cached-data/api/v1/organizations/oic',
      '/api/v1/organizations/oic/members.csv': '/cached-data/api/v1/organizations/oic/members.csv',
      '/api/v1/countries/rus': '/cached-data/api/v1/countries/rus',
      '/api/v1/countries/rus/spells.csv': '/cached-data/api/v1/countries/rus/spells.csv',
      '/api/v1/status-changes.csv': '/cached-data/api/v1/status-changes.csv',
      '/feeds/changes': '/cached-data/feeds/changes',
      '/feeds/organizations/oic': '/cached-data/feeds/organizations/oic',
      '/feeds/countries/rus': '/cached-data/feeds/countries/rus',
    };
    for (const [from, to] of Object.entries(expected)) expect(rewrittenTo(from), from).toBe(to);
  });

  it('leaves editor pages, other API reads and other paths to their own routes', () => {
    const own = ['/organizations/new', '/countries/new', '/sources/new', '/organizations/oic/edit', '/sources/abc', '/api/v1/changes', '/api/v1/organizations/oic/other.csv', '/feeds/other', '/record/from-article', '/history/x'];
    for (const pathname of own) expect(rewrittenTo(pathname), pathname).toBeNull();
  });

  it('renders per request a signed-in view, a date asked in the query and a filtered export', () => {
    for (const name of routes.SESSION_COOKIES) {
      for (const page of ['/', '/organizations/oic', '/history']) expect(rewrittenTo(page, { cookie: `${name}=x` }), `${page} signed in`).toBeNull();
    }
    expect(rewrittenTo('/organizations/oic/on/1999-01-01', { cookie: `${routes.SESSION_COOKIES[0]}=x` })).toBeNull();
    expect(rewrittenTo('/api/v1/organizations/oic', { query: { asOf: '1999-01-01' } })).toBeNull();
    expect(rewrittenTo('/api/v1/status-changes.csv', { query: { country: 'rus' } })).toBeNull();
    // The feeds take no parameter and carry nobody's session.
    expect(rewrittenTo('/feeds/changes', { cookie: `${routes.SESSION_COOKIES[0]}=x` })).toBe('/cached-data/feeds/changes');
  });

  it('gives a date view its own path, cached whatever the query the redirect carried over', () => {
    expect(rewrittenTo('/organizations/oic/on/1999-01-01', { query: { asOf: '1999-01-01' } })).toBe('/cached/organizations/oic/on/1999-01-01');
    const [redirect] = routes.dateRedirects();
    expect(redirect).toMatchObject({ source: '/organizations/:slug', destination: '/organizations/:slug/on/:day', permanent: true });
    expect(new RegExp(`^${redirect!.has[0]!.value}$`).test('1999-01-01')).toBe(true);
    expect(new RegExp(`^${redirect!.has[0]!.value}$`).test('1999-01-01/../x')).toBe(false);
  });
});
