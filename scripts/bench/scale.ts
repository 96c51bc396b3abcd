// npm run bench:scale — an organization page, a country page and the two indexes on the shipped data,
// and on generated data 10× and 50× its size (scripts/bench/synthetic.ts). Rendered latency (every
// request a view not cached before, one client) and cached latency (20 clients). Builds nothing:
// needs `npx next build` first. Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from './load';
import { freshDatabase, requireBuild, startApp, stopAll } from './servers';
import { growSynthetic } from './synthetic';

const FACTORS = [1, 10, 50];
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const BASE_PORT = Number(process.env.BENCH_PORT || 3164);

let n = 0;
const unique = () => ++n;
const day = () => new Date(Date.UTC(1970, 0, 1 + unique())).toISOString().slice(0, 10);

// For each page: a path served from the cache, and a path that renders the same page anew each time.
const PAGES: { name: string; cached: string; rendered: () => string }[] = [
  { name: 'organization /organizations/oic', cached: '/organizations/oic', rendered: () => `/organizations/oic/on/${day()}` },
  // A query string (here one that changes nothing) is rendered per request (proxy.ts).
  { name: 'country /countries/rus', cached: '/countries/rus', rendered: () => '/countries/rus?page=1' },
  { name: 'index /organizations', cached: '/organizations', rendered: () => '/organizations?sort=acronym' },
  { name: 'index /countries', cached: '/countries', rendered: () => '/countries?kind=all' },
];

async function main() {
  requireBuild();
  console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
  const shipped = freshDatabase();
  const results: Record<string, string[]> = {};
  for (const [i, factor] of FACTORS.entries()) {
    const file = path.join(path.dirname(shipped), `scale-${factor}.db`);
    fs.copyFileSync(shipped, file);
    const counts = growSynthetic(file, factor);
    console.log(`${factor}×: ${counts.organizations} organizations, ${counts.states} states, ${counts.statusChanges} status changes, ${counts.citations} citations`);
    const base = await startApp(BASE_PORT + i, file);
    for (const page of PAGES) {
      await fetch(base + page.cached).then((r) => r.arrayBuffer());
      const rendered = await load(base, { seconds: SECONDS, connections: 1, paths: page.rendered });
      const cached = await load(base + page.cached, { seconds: SECONDS });
      (results[page.name] ??= []).push(`${rendered.medianMs} ms / ${cached.medianMs} ms`);
    }
    stopAll();
  }
  console.log('\nmedian latency: rendered anew (1 client) / from the cache (20 clients)');
  console.log(`| page | ${FACTORS.map((f) => `${f}×`).join(' | ')} |`);
  console.log(`|---|${FACTORS.map(() => '---').join('|')}|`);
  for (const [name, cells] of Object.entries(results)) console.log(`| ${name} | ${cells.join(' | ')} |`);
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopAll);
