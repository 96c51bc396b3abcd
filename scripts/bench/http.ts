// npm run bench:http [-- -d seconds -c connections] — every reader page and open-data read under
// concurrent clients (20 by default), each against the very same bytes served as a static file by
// a bare Next.js app in the same run (the "static twin", scripts/bench/static-twin), and against
// the same bytes answered from that bare app's own Next.js cache (its app/cached route): the best any
// answer served through Next's cache reaches. Builds nothing but the twin: needs a production build
// in NEXT_DIST_DIR (default .next). Prints figures; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { dateViewPaths } from './date-view';
import { load, type Load } from './load';
import { benchOptions, int, kib, machineLoad, ms, printTable } from './options';
import { freshDatabase, requireBuild, runBenchmark, startApp, startStaticTwin, TWIN_DIR } from './servers';

const APP_PORT = 4500;
const TWIN_PORT = 4501;
const DATE_VIEW_SLUG = 'oic';

const PAGES = ['/', '/organizations', '/organizations/oic', '/organizations/icesco', '/countries', '/countries/rus', '/sources', '/sources/{id}', '/history'];
const OPEN_DATA = ['/api/v1/organizations/oic', '/api/v1/organizations/oic/members.csv', '/feeds/changes'];

const EXTENSIONS: [RegExp, string][] = [[/html/, 'html'], [/json/, 'json'], [/csv/, 'csv'], [/xml/, 'xml']];

function twinFileName(target: string, contentType: string): string {
  const ext = EXTENSIONS.find(([re]) => re.test(contentType))?.[1] ?? 'txt';
  return `${target.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '_') || 'home'}.${ext}`;
}

/** The first source the sources index links to. */
async function firstSourceId(base: string): Promise<string> {
  const html = await (await fetch(`${base}/sources`)).text();
  const id = /href="\/sources\/(\d+)"/.exec(html)?.[1];
  if (!id) throw new Error('/sources links to no source');
  return id;
}

/** The twin's cached route answers the very bytes of its file (its first request puts them in Next's cache). */
async function sameBytesFromCache(twin: string, target: string, file: string): Promise<void> {
  const fromFile = Buffer.from(await (await fetch(`${twin}/bench/${file}`)).arrayBuffer());
  const response = await fetch(`${twin}/cached/${file}`);
  const fromCache = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 || !fromCache.equals(fromFile)) throw new Error(`the twin's cache does not answer the bytes of ${target}`);
}

const ratio = (a: Load, b: Load) => (a.requests > 0 && b.requests > 0 ? (a.requestsPerSecond / b.requestsPerSecond).toFixed(2) : '—');

/** Requests per second, or why there is no figure: no request finished within the run. */
const rate = (result: { requestsPerSecond: number; requests: number }) => (result.requests ? int(result.requestsPerSecond) : 'none finished');

async function main() {
  const { seconds, connections } = benchOptions();
  requireBuild();
  console.log(`Starting the app on a fresh database (shipped data) … ${machineLoad()}`);
  const app = await startApp(APP_PORT, freshDatabase());
  const dateView = await dateViewPaths(app, DATE_VIEW_SLUG);
  const sourceId = await firstSourceId(app);
  const targets = [...PAGES.map((p) => p.replace('{id}', sourceId)), dateView.next(), ...OPEN_DATA];

  // The twin serves, as files, the bytes the app answered for each target.
  const publicDir = path.join(TWIN_DIR, 'public', 'bench');
  fs.rmSync(publicDir, { recursive: true, force: true });
  fs.mkdirSync(publicDir, { recursive: true });
  const files = new Map<string, { file: string; bytes: number }>();
  for (const target of targets) {
    await fetch(app + target).then((r) => r.arrayBuffer());
    const response = await fetch(app + target);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
    const file = twinFileName(target, response.headers.get('content-type') ?? '');
    fs.writeFileSync(path.join(publicDir, file), body);
    files.set(target, { file, bytes: body.length });
  }
  const twin = await startStaticTwin(TWIN_PORT);
  for (const [target, { file }] of files) await sameBytesFromCache(twin, target, file);

  console.log(`\n${connections} concurrent clients, ${seconds} s per measurement, gzip asked on both sides. ${machineLoad()}`);
  const rows: string[][] = [];
  const failures: string[] = [];
  for (const target of targets) {
    const { file, bytes } = files.get(target)!;
    const isDateView = target === targets[PAGES.length];
    const served = await load(app, { seconds, connections, paths: isDateView ? dateView.next : () => target });
    // The requests still in flight when the run stopped are finished before the next run starts.
    await fetch(app + target).then((r) => r.arrayBuffer());
    const stat = await load(`${twin}/bench/${file}`, { seconds, connections });
    const fromCache = await load(`${twin}/cached/${file}`, { seconds, connections });
    if (served.failures || stat.failures || fromCache.failures) failures.push(`${target}: ${served.failures} failed on the app, ${stat.failures} on the twin's file, ${fromCache.failures} on its cache`);
    const label = isDateView ? `${dateView.template} (a new day each request)` : target;
    rows.push([label, kib(bytes), rate(served), rate(stat), ratio(served, stat), rate(fromCache), ratio(served, fromCache), served.requests ? ms(served.medianMs) : '—']);
  }
  printTable(['page', 'HTML', 'requests/s', 'static twin', 'ratio', "twin's Next cache", 'ratio to it', 'median latency'], rows);
  console.log('HTML: the uncompressed size of the answer. ratio: the app\'s requests/s over the static twin\'s (1.00 = as fast as a file).');
  console.log("twin's Next cache: the same bytes answered by the bare app from Next's own cache (a cached route handler); ratio to it: the app's requests/s over that.");

  // The goal for a date view nobody asked for before is a latency, so measured one request at a time too.
  const single = await load(app, { seconds, connections: 1, paths: dateView.next });
  const singleFigures = single.requests ? `median ${ms(single.medianMs)}, p99 ${ms(single.p99Ms)} over ${single.requests} requests` : `none finished in ${seconds} s`;
  console.log(`\nDate view not seen before, one client: ${singleFigures} (goal: median ≤ 50 ms).`);
  // A shared link to a day nobody asked for before, opened by 20 readers at once: the first request
  // renders it, the others wait for that render or get its cached copy.
  const shared = dateView.next();
  const together = await load(app, { seconds, connections, paths: () => shared });
  const togetherFigures = together.requests ? `median ${ms(together.medianMs)}, p99 ${ms(together.p99Ms)}, ${int(together.requestsPerSecond)} requests/s` : `none finished in ${seconds} s`;
  console.log(`Date view not seen before, one shared link, ${connections} clients from the first request: ${togetherFigures}${together.failures ? `, ${together.failures} FAILED` : ''} (goal: median ≤ 50 ms).`);
  for (const failure of failures) console.log(`FAILED REQUESTS ${failure}`);
  console.log(machineLoad());
}

runBenchmark(main);
