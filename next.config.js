/** @type {import('next').NextConfig} */
const nextConfig = {
  // Each checkout or parallel test server can build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
};

module.exports = nextConfig;
