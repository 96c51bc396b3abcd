// Which reader URLs are served from Next's cache, and which query parameters make a view that is
// rendered per request instead. Plain CommonJS: next.config.js reads it when the server starts.
// A page that learns a new query parameter lists it here, or the cached default view answers it.

const SESSION_COOKIES = ['memberline.session_token', '__Secure-memberline.session_token'];
// A record's key in a path, but not the editor page that adds one (/organizations/new).
const KEY = '((?!new$)[^/]+)';

/** Public path → cached route (app/cached/[...path]) and the parameters that change the view. */
const READER_ROUTES = [
  { source: '/', destination: '/cached/home', query: ['q'] },
  { source: '/organizations', destination: '/cached/organizations', query: ['q', 'status', 'state', 'sort', 'asOf', 'page'] },
  { source: `/organizations/:slug${KEY}`, destination: '/cached/organizations/:slug', query: ['recorded', 'id', 'asOf'] },
  { source: `/organizations/:slug${KEY}/on/:date`, destination: '/cached/organizations/:slug/on/:date', query: [] },
  { source: '/countries', destination: '/cached/countries', query: ['q', 'kind', 'page'] },
  { source: `/countries/:code${KEY}`, destination: '/cached/countries/:code', query: [] },
  { source: '/sources', destination: '/cached/sources', query: ['q', 'kind', 'standing', 'page'] },
  { source: '/sources/:id(\\d+)', destination: '/cached/sources/:id', query: ['page', 'recorded'] },
  { source: '/history', destination: '/cached/history', query: ['org', 'state', 'editor', 'entity', 'id', 'before', 'reverted'] },
  // Open data of today (app/cached-data); a date or a filter is answered per request.
  ...['/api/v1/organizations', '/api/v1/organizations/:slug', '/api/v1/organizations/:slug/members.csv', '/api/v1/countries/:code', '/api/v1/countries/:code/spells.csv']
    .map((source) => ({ source, destination: `/cached-data${source}`, query: ['asOf'] })),
  { source: '/api/v1/status-changes.csv', destination: '/cached-data/api/v1/status-changes.csv', query: ['organization', 'country'] },
  // The Atom feeds take no parameter.
  ...['/feeds/changes', '/feeds/organizations/:slug', '/feeds/countries/:code'].map((source) => ({ source, destination: `/cached-data${source}`, query: [] })),
];

// A signed-in editor's pages carry their name, editor links and revert forms, theirs alone: they are
// rendered per request (the account corner from the session, app/@account), never cached.
const isPage = (destination) => destination.startsWith('/cached/');

function readerRewrites() {
  return READER_ROUTES.map(({ source, destination, query }) => ({
    source,
    destination,
    missing: [
      ...query.map((key) => ({ type: 'query', key })),
      ...(isPage(destination) ? SESSION_COOKIES.map((key) => ({ type: 'cookie', key })) : []),
    ],
  }));
}

/** A view on another date has a path of its own, so that it is cached like a default view. */
function dateRedirects() {
  return [{
    source: '/organizations/:slug',
    has: [{ type: 'query', key: 'asOf', value: '(?<day>\\d{4}-\\d{2}-\\d{2})' }],
    destination: '/organizations/:slug/on/:day',
    permanent: true,
  }];
}

module.exports = { READER_ROUTES, SESSION_COOKIES, readerRewrites, dateRedirects };
