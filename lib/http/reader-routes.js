// Which reader URLs are served from Next's cache, and which query parameters make a view that is
// rendered per request instead. Plain CommonJS: next.config.js reads it when the server starts.
// A page that learns a new query parameter lists it here, or the cached default view answers it.
//
// Next checks every rewrite on every request, twice (its router, then the route), compiling each
// rule's pattern again each time: the pages share one rule (the date view has its own), the open
// data one and the feeds one, so that a request costs six checks, not eighteen.

const SESSION_COOKIES = ['memberline.session_token', '__Secure-memberline.session_token'];
// A record's key in a path, but not the editor page that adds one (/organizations/new).
const KEY = '(?!new$)[^/]+';

/** Each reader page below the root (app/cached/[...path]), and the query parameters that change its view. */
const READER_PAGES = [
  { path: 'organizations', query: ['q', 'status', 'state', 'sort', 'asOf', 'page'] },
  { path: `organizations/${KEY}`, query: ['recorded', 'id', 'asOf'] },
  { path: 'countries', query: ['q', 'kind', 'page'] },
  { path: `countries/${KEY}`, query: [] },
  { path: 'sources', query: ['q', 'kind', 'standing', 'page'] },
  { path: 'sources/\\d+', query: ['page', 'recorded'] },
  { path: 'history', query: ['org', 'state', 'editor', 'entity', 'id', 'before', 'reverted'] },
];
const HOME_QUERY = ['q'];

/** Today's open data (app/cached-data): a date (?asOf=) is answered per request. */
const OPEN_DATA = ['organizations', 'organizations/[^/]+', 'organizations/[^/]+/members\\.csv', 'countries/[^/]+', 'countries/[^/]+/spells\\.csv'];
/** The Atom feeds take no parameter: they are answered only from the cache. */
const FEEDS = ['changes', 'organizations/[^/]+', 'countries/[^/]+'];

const unique = (keys) => [...new Set(keys)];
const absent = (type) => (key) => ({ type, key });
// A signed-in editor's pages carry their name, editor links and revert forms, theirs alone: they are
// rendered per request (the account corner from the session, app/@account), never cached.
const signedOut = SESSION_COOKIES.map(absent('cookie'));

function readerRewrites() {
  // Any parameter a reader page reads renders the page per request, whichever page reads it.
  const pageQuery = unique(READER_PAGES.flatMap((page) => page.query));
  return [
    { source: '/', destination: '/cached/home', missing: [...HOME_QUERY.map(absent('query')), ...signedOut] },
    { source: `/:view(${READER_PAGES.map((page) => page.path).join('|')})`, destination: '/cached/:view', missing: [...pageQuery.map(absent('query')), ...signedOut] },
    // A date view names its day in the path and reads no parameter: the ?asOf= that the redirect
    // below carries over is ignored.
    { source: `/organizations/:slug(${KEY})/on/:date`, destination: '/cached/organizations/:slug/on/:date', missing: signedOut },
    { source: `/api/v1/:data(${OPEN_DATA.join('|')})`, destination: '/cached-data/api/v1/:data', missing: [absent('query')('asOf')] },
    { source: '/api/v1/status-changes.csv', destination: '/cached-data/api/v1/status-changes.csv', missing: ['organization', 'country'].map(absent('query')) },
    { source: `/feeds/:feed(${FEEDS.join('|')})`, destination: '/cached-data/feeds/:feed', missing: [] },
  ];
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

module.exports = { SESSION_COOKIES, readerRewrites, dateRedirects };
