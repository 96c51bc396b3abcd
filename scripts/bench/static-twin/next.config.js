// A bare Next.js app that serves files from public/: the "static twin" of scripts/bench/http.ts.
// app/cached answers the same files from Next's cache, kept in memory only, so that a run never
// serves the bytes of an earlier run.
/** @type {import('next').NextConfig} */
module.exports = { poweredByHeader: false, experimental: { isrFlushToDisk: false } };
