// npm run import:cow — imports the Correlates of War IGO dataset v3 into the database; a second run changes nothing.
import cliProgress from 'cli-progress';
import { databasePath, openDatabase } from '../db/connection';
import { seedIsoStates } from '../db/seed';
import { importCow } from '../db/seed/cow/import';

const db = openDatabase();
// The crosswalk names ISO states: make sure they are there (the seed creates them on first start).
seedIsoStates(db);
const bar = new cliProgress.SingleBar({ format: 'COW IGO v3 {bar} {value}/{total} organizations', hideCursor: true }, cliProgress.Presets.shades_classic);
let started = false;
const t0 = performance.now();
// --full checks every row even when the import already ran (restores what an editor deleted).
const summary = importCow(db, {
  full: process.argv.includes('--full'),
  onProgress: (done, total) => {
    if (!started) { bar.start(total, 0); started = true; }
    bar.update(done);
  },
});
if (started) bar.stop();
const seconds = ((performance.now() - t0) / 1000).toFixed(1);

console.log(`\nCorrelates of War IGO v3 → ${databasePath()} (${seconds} s)`);
console.log(`  organizations added     ${summary.organizations} (existing ones reused: ${summary.organizationsReused ?? 0})`);
console.log(`  historic states added   ${summary.states} (COW states matched to existing states: ${summary.statesMatched ?? 0})`);
console.log(`  status changes added    ${summary.changes}`);
console.log(`  citations added         ${summary.citations ?? 0}`);
console.log(`  disagreements           ${summary.disagreements} (COW gives another year than a curated fact)`);
for (const d of summary.disagreementList ?? []) console.log(`    ${d.organization} ${d.state} ${d.status}: curated ${d.curatedDate}, COW ${d.cowYear}`);
console.log('  skipped, and why:');
for (const [why, n] of Object.entries(summary.skipped).sort()) console.log(`    ${String(n).padStart(9)}  ${why}`);
for (const c of summary.contradictionList ?? []) console.log(`    contradicted: ${c.organization} ${c.state} ${c.status} ${c.cowYear}`);
db.$client.close();
