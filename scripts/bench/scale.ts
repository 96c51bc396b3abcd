// npm run bench:scale [-- -d seconds] — the latency of an organization page, a country page and the
// two indexes on the shipped data and on GENERATED data 10× and 50× its size (scripts/bench/synthetic.ts),
// each in its own temporary database. One client, every request an address not requested before; the
// organization page (a new day each time) and the indexes (a query, rendered per request) are rendered
// anew each time, and so is the country page, asked for with a session cookie that names no session
// (a request with a session cookie is never answered from the cache). Builds nothing: needs a production build.
// Prints figures; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { dateViewPaths } from './date-view';
import { load } from './load';
import { benchOptions, machineLoad, ms, printTable } from './options';
import { freshDatabase, requireBuild, runBenchmark, startApp, stopServers, temporaryFolder } from './servers';
import { growSynthetic } from './synthetic';

const FACTORS = [1, 10, 50];
const PORT = 4510;

let n = 0;
/** The same page under an address not used before: a parameter the page ignores. */
const unseen = (page: string) => () => `${page}${page.includes('?') ? '&' : '?'}bench=${++n}`;
/**
 * An index's default view rendered per request: a parameter it ignores alone is answered from the
 * cached default view (lib/http/reader-routes.js), so this names its first page, the same view.
 */
const rendered = (page: string) => unseen(`${page}?page=1`);
/** A page with no query that changes its view is rendered per request for a request with a session cookie. */
const NO_SESSION = { cookie: 'memberline.session_token=no-such-session' };

async function main() {
  const { seconds } = benchOptions({ seconds: 5 });
  requireBuild();
  const folder = temporaryFolder();
  const shipped = freshDatabase(folder);
  const medians: Record<string, number[]> = {};
  for (const [i, factor] of FACTORS.entries()) {
    const file = path.join(folder, `scale-${factor}.db`);
    fs.copyFileSync(shipped, file);
    const counts = growSynthetic(file, factor);
    const generated = factor === 1 ? 'shipped data only' : `shipped data plus GENERATED rows (${factor - 1}× the shipped ones)`;
    console.log(`${factor}×: ${counts.organizations.toLocaleString('en')} organizations, ${counts.states.toLocaleString('en')} states, ${counts.statusChanges.toLocaleString('en')} status changes, ${counts.citations.toLocaleString('en')} citations — ${generated}. ${machineLoad()}`);
    const base = await startApp(PORT + i, file);
    const dateView = await dateViewPaths(base, 'oic');
    const pages: [string, () => string, Record<string, string>?][] = [
      [`organization ${dateView.template.replace('{day}', '<new day>')}`, dateView.next],
      ['country /countries/rus (session cookie)', () => '/countries/rus', NO_SESSION],
      ['index /organizations?page=1', rendered('/organizations')],
      ['index /countries?page=1', rendered('/countries')],
    ];
    for (const [name, paths, headers] of pages) {
      await fetch(base + paths(), { headers }).then((r) => r.arrayBuffer());
      const result = await load(base, { seconds, connections: 1, paths, headers });
      if (result.failures) console.log(`FAILED REQUESTS ${name} at ${factor}×: ${result.failures} of ${result.requests}`);
      (medians[name] ??= []).push(result.requests ? result.medianMs : Number.NaN);
    }
    await stopServers();
    fs.rmSync(file, { force: true });
  }
  console.log(`\nMedian latency, one client, ${seconds} s a page, each request rendered anew (10× and 50× are generated data):`);
  printTable(['page', ...FACTORS.map((f) => `${f}×`), '50× / 1×'], Object.entries(medians).map(([name, values]) => [name, ...values.map((v) => (Number.isNaN(v) ? `none in ${seconds} s` : ms(v))), (values.at(-1)! / values[0]!).toFixed(2).replace('NaN', '—')]));
  console.log(machineLoad());
}

runBenchmark(main);
