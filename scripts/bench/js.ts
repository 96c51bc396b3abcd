// npm run bench:js — first-load JavaScript of every reader page: the gzip size of each script chunk
// the page's HTML references, summed. Builds nothing: needs a production build in NEXT_DIST_DIR.
// Prints figures; asserts nothing (the budget is 150 KiB gzip a page).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { kib, printTable } from './options';
import { distDir, freshDatabase, requireBuild, runBenchmark, startApp } from './servers';

const PORT = 4530;
const BUDGET_KIB = 150;
const PAGES = ['/', '/organizations', '/organizations/oic', '/countries', '/countries/rus', '/sources', '/sources/{id}', '/history'];

/**
 * The script chunks a page's HTML loads (<script src>, <link rel="preload" as="script">), and apart
 * the legacy polyfills in <script nomodule>, which browsers that run modules never download.
 */
function scriptChunks(html: string): { chunks: string[]; legacy: string[] } {
  const found = new Set<string>();
  const legacy = new Set<string>();
  for (const match of html.matchAll(/<script([^>]*)\bsrc="([^"]+\.js)"([^>]*)>/g)) (/\bnomodule\b/i.test(match[1]! + match[3]!) ? legacy : found).add(match[2]!);
  for (const match of html.matchAll(/<link[^>]*\bas="script"[^>]*\bhref="([^"]+\.js)"|<link[^>]*\bhref="([^"]+\.js)"[^>]*\bas="script"/g)) found.add((match[1] ?? match[2])!);
  const ours = (src: string) => src.startsWith('/_next/static/');
  return { chunks: [...found].filter(ours), legacy: [...legacy].filter(ours) };
}

const gzipSizes = new Map<string, number>();
function gzipSize(src: string): number {
  if (!gzipSizes.has(src)) {
    const file = path.join(process.cwd(), distDir(), 'static', decodeURIComponent(src.replace(/^\/_next\/static\//, '').split('?')[0]!));
    gzipSizes.set(src, zlib.gzipSync(fs.readFileSync(file)).length);
  }
  return gzipSizes.get(src)!;
}

async function main() {
  requireBuild();
  const app = await startApp(PORT, freshDatabase());
  const sourceId = /href="\/sources\/(\d+)"/.exec(await (await fetch(`${app}/sources`)).text())?.[1] ?? '1';
  const rows: string[][] = [];
  const chunksOf = new Map<string, string[]>();
  for (const page of PAGES.map((p) => p.replace('{id}', sourceId))) {
    const response = await fetch(app + page);
    if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    const { chunks, legacy } = scriptChunks(await response.text());
    chunksOf.set(page, chunks);
    const sum = (list: string[]) => list.reduce((total, src) => total + gzipSize(src), 0);
    const total = sum(chunks);
    rows.push([page, String(chunks.length), kib(total), total / 1024 <= BUDGET_KIB ? 'yes' : 'NO', kib(sum(legacy))]);
  }
  console.log(`First-load JavaScript of the reader pages (build in ${distDir()}/, gzip as served):`);
  printTable(['page', 'chunks', 'first-load JS (gzip)', `≤ ${BUDGET_KIB} KiB`, 'nomodule polyfills, not loaded'], rows);

  if (process.argv.includes('--chunks')) {
    const pagesOf = new Map<string, string[]>();
    for (const [page, chunks] of chunksOf) for (const src of chunks) pagesOf.set(src, [...(pagesOf.get(src) ?? []), page]);
    const sorted = [...pagesOf].sort((a, b) => gzipSize(b[0]) - gzipSize(a[0]));
    console.log('\nChunks, largest first:');
    printTable(['chunk', 'gzip', 'pages'], sorted.map(([src, pages]) => [src.replace('/_next/static/', ''), kib(gzipSize(src)), pages.length === PAGES.length ? 'all' : pages.join(' ')]));
  }
}

runBenchmark(main);
