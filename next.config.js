const { readerRewrites, dateRedirects } = require('./lib/http/reader-routes.js');
const { staticHeaders } = require('./lib/http/static-headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Each checkout or parallel test server can build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // A page's ETag is worked out once per cached page in scripts/serve.ts (lib/http/finish-response.ts),
  // not hashed again by Next on every request.
  generateEtags: false,
  serverExternalPackages: ['better-sqlite3'],
  // Cached pages are rendered again in memory after a save; the build's folder is never written to,
  // so servers sharing a build never serve each other's data.
  experimental: { isrFlushToDisk: false },
  async redirects() {
    return dateRedirects();
  },
  // The default view of each reader page is served from the cache (app/cached, lib/http/reader-routes.js).
  async rewrites() {
    return { beforeFiles: readerRewrites() };
  },
  // Security headers on every response, with no code run per request; HTML gets its script hashes
  // in scripts/serve.ts (docs/decisions/011).
  async headers() {
    return [{ source: '/:path*', headers: staticHeaders() }];
  },
};

module.exports = nextConfig;
