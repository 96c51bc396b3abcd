// npm test — unit tests, then end-to-end tests in Chromium; ends with the time taken and
// "N passed, N failed" summing both suites.
//
// 1. Finds the browser first (scripts/find-browser.mjs): installs Playwright's Chromium when there
//    is no system one, or stops at once with the command to run when it cannot.
// 2. Runs the unit tests while the production build and the end-to-end database template are made
//    (scripts/e2e-server.ts --prepare-only), its output kept in a log shown only if it fails.
// 3. Runs the end-to-end tests, one server and database per worker (playwright.config.ts).
// Arguments are passed to `playwright test` (e.g. a spec file).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser, installPlaywrightChromium } from './find-browser.mjs';

const started = Date.now();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-results-'));
const unitFile = path.join(dir, 'unit.json');
const e2eFile = path.join(dir, 'e2e.json');
const prepareLog = path.join(dir, 'prepare.log');

function run(cmd, args, { env = {}, logFile = null } = {}) {
  return new Promise((resolve) => {
    const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
    const child = spawn(cmd, args, { stdio: ['ignore', out, out], env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const seconds = (ms) => `${Math.round(ms / 1000)} s`;
function elapsed(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

const browser = findBrowser({ install: installPlaywrightChromium });
if (!browser.path) {
  console.error(browser.message);
  process.exit(1);
}
console.log(`Browser: ${browser.path} (${browser.from === 'playwright' ? "Playwright's Chromium" : browser.from === 'system' ? 'system Chromium' : 'CHROMIUM_PATH'})`);
const e2eEnv = { E2E_BROWSER: browser.path };

const prepareStarted = Date.now();
const preparing = run('npx', ['tsx', 'scripts/e2e-server.ts', '--prepare-only'], { env: e2eEnv, logFile: prepareLog }).then((status) => {
  console.log(`Production build and end-to-end database ${status === 0 ? 'ready' : 'FAILED'} in ${seconds(Date.now() - prepareStarted)}.`);
  return status;
});
const unitStarted = Date.now();
const unitStatus = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const unitTime = Date.now() - unitStarted;
const prepareStatus = await preparing;
if (prepareStatus !== 0) process.stdout.write(fs.readFileSync(prepareLog, 'utf8'));

const e2eStarted = Date.now();
const e2eStatus = prepareStatus === 0 ? await run('npx', ['playwright', 'test', ...process.argv.slice(2)], { env: { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile } }) : 1;
const e2eTime = Date.now() - e2eStarted;

function unitCounts() {
  if (!fs.existsSync(unitFile)) return { passed: 0, failed: 1 };
  const r = JSON.parse(fs.readFileSync(unitFile, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) };
}
function e2eCounts() {
  if (!fs.existsSync(e2eFile)) return { passed: 0, failed: 1 };
  const r = JSON.parse(fs.readFileSync(e2eFile, 'utf8'));
  return { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected + (r.errors?.length ?? 0) };
}

const unit = unitCounts();
const e2e = e2eCounts();
let failed = unit.failed + e2e.failed;
if (failed === 0 && (unitStatus !== 0 || e2eStatus !== 0)) failed = 1;
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed (${seconds(unitTime)})`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed (${seconds(e2eTime)})`);
console.log(`Time: ${elapsed(Date.now() - started)}`);
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
