import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against a production build. Each worker has a server and a database of its
// own (scripts/e2e-server.ts: a fresh copy of the shipped data with the test accounts), so specs
// run in parallel without seeing each other's writes. Specs make the records they need
// (e2e/fixtures/data.ts); the specs that check the shipped data itself are named shipped-data-*
// and run, read only, against one more server whose database no spec writes to.
//
//   E2E_PORT        first server's port (default 3100); worker i uses E2E_PORT + i, and the
//                   shipped-data server the port after the last worker's
//   E2E_WORKERS     number of workers (default: twice the CPU count, at least 2, at most 4)
//   E2E_ONE_SERVER  set to 1 for one server and one database shared by every worker
//   CHROMIUM_PATH   the browser (else a system Chromium, else Playwright's own: scripts/find-browser.mjs)
//
// This file is read by the runner and again by every worker process, where TEST_PARALLEL_INDEX says
// which worker it is: the worker's baseURL and E2E_DATABASE_PATH (read by e2e/fixtures) point at its
// own server. Values the workers must share are set once, by the runner, in the environment.
const env = process.env;
const inWorker = env.TEST_PARALLEL_INDEX !== undefined;

env.E2E_BASE_PORT ??= env.E2E_PORT || '3100';
env.E2E_BASE_DATABASE_PATH ??= env.E2E_DATABASE_PATH || '';
if (!env.E2E_BROWSER) {
  // Finds (or, in the runner, installs) the browser; explains in one line when there is none.
  try {
    env.E2E_BROWSER = execFileSync(process.execPath, ['scripts/find-browser.mjs', ...(inWorker ? ['--no-install'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  } catch {
    process.exit(1);
  }
}

const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
// Twice the CPUs (2 to 4): much of a browser test is waiting on a page or the server, so a second
// worker per core keeps the CPU busy (measured: 2 cores, 4 workers take 0.7 of the time of 2).
const workers = Number(env.E2E_WORKERS) || Math.min(4, Math.max(2, 2 * cpus));
const servers = env.E2E_ONE_SERVER === '1' ? 1 : workers;
const basePort = Number(env.E2E_BASE_PORT);

const portOf = (i: number) => basePort + i;
const shippedServer = servers;
const databaseOf = (i: number) => {
  const given = env.E2E_BASE_DATABASE_PATH;
  if (!given) return path.join(process.cwd(), 'data', `e2e-${portOf(i)}.db`);
  return i === 0 ? given : given.replace(/(\.db)?$/, `-${i}$1`);
};

const mine = Number(env.TEST_PARALLEL_INDEX ?? 0) % servers;
if (inWorker) {
  env.E2E_PORT = String(portOf(mine));
  env.E2E_DATABASE_PATH = databaseOf(mine);
}

export default defineConfig({
  testDir: 'e2e',
  // Files go to workers whole and keep their order; a spec whose tests are independent says so with
  // test.describe.configure({ mode: 'parallel' }) and its tests are spread over the workers.
  fullyParallel: false,
  workers,
  retries: 0,
  timeout: 120_000,
  // Generous for a machine shared with other work; a passing check returns as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${portOf(mine)}`,
    trace: 'off',
    launchOptions: {
      executablePath: env.E2E_BROWSER,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /shipped-data-.*\.spec\.ts$/, use: { ...devices['Desktop Chrome'] } },
    { name: 'shipped-data', testMatch: /shipped-data-.*\.spec\.ts$/, use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${portOf(shippedServer)}` } },
  ],
  // One process starts every server at once (scripts/e2e-server.ts); the first port answers last.
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${portOf(0)}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      E2E_SERVERS: JSON.stringify(Array.from({ length: servers + 1 }, (_, i) => ({ port: portOf(i), db: databaseOf(i) }))),
    },
  },
});
