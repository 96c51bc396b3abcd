// npm test — unit tests, then end-to-end tests in Chromium; ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-results-'));
const unitFile = path.join(dir, 'unit.json');
const e2eFile = path.join(dir, 'e2e.json');

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const e2eStatus = run('npx', ['playwright', 'test', ...process.argv.slice(2)], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile });

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
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
