// npm run bench:import — the full seed (ISO states, curated facts, COW IGO v3) into a fresh database:
// time per step and peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { seedDatabase } from '../db/seed';
import { countRows } from '../db/test-utils';

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-bench-')), 'bench.db');
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const t0 = performance.now();
const db = openDatabase(file);
const t1 = performance.now();
const report = seedDatabase(db, { onProgress: sample });
const t2 = performance.now();
sample();
const second = seedDatabase(db);
const t3 = performance.now();

console.log(`Fresh database ${file}`);
console.log(`  open + migrations      ${(t1 - t0).toFixed(0)} ms`);
console.log(`  full seed              ${(t2 - t1).toFixed(0)} ms  (ISO states ${report.isoStates}, facts files ${Object.keys(report.files).length}, COW organizations ${report.cow.organizations} + ${report.cow.organizationsReused ?? 0} reused, changes ${report.cow.changes}, citations ${report.cow.citations ?? 0}, disagreements ${report.cow.disagreements})`);
console.log(`  second run (no-op)     ${(t3 - t2).toFixed(0)} ms  (COW changes added ${second.cow.changes}, citations added ${second.cow.citations ?? 0})`);
console.log(`  peak heap used         ${mb(peakHeap)}`);
console.log(`  peak RSS (sampled)     ${mb(peakRss)}`);
console.log(`  max RSS (resourceUsage) ${mb(process.resourceUsage().maxRSS * 1024)}`);
console.log(`  rows                   ${JSON.stringify(countRows(db))}`);
db.$client.close();
fs.rmSync(path.dirname(file), { recursive: true, force: true });
