// A bare Next.js app that serves files from public/: the "static twin" of scripts/bench/http.ts.
/** @type {import('next').NextConfig} */
module.exports = { poweredByHeader: false };
