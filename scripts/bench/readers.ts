// Readers in a process of their own (so they do not slow the process that times the saves):
// `node --import tsx scripts/bench/readers.ts <url> <connections>` loads the URL until SIGTERM,
// then prints one line of JSON: requests/s, median and p99 latency, failed requests.
import autocannon from 'autocannon';
import { BROWSER_HEADERS } from './load';

const [url, connections] = process.argv.slice(2);
const run = autocannon({ url: url!, connections: Number(connections || 20), duration: 3600, headers: BROWSER_HEADERS });
process.on('SIGTERM', () => run.stop());
void Promise.resolve(run).then((result) => {
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(JSON.stringify({ requestsPerSecond: result.requests.average, medianMs: result.latency.p50, p99Ms: result.latency.p99, requests: result.requests.total, failures }));
  process.exit(0);
});
