// npm run bench — seeds a fresh database with all shipped data, then times the main read paths.
// Prints figures; asserts nothing. Server time of whole pages: see README ("Measuring").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { getCountryOn, getOrganizationOn, listOrganizationsWithCounts } from '../db/queries/api';
import { getCountryTimeline, getStateByCode, listCountriesPage } from '../db/queries/countries';
import { getOrganizationBySlug, listMembersAsOf, listOrganizationsPage } from '../db/queries/organizations';
import { seedDatabase } from '../db/seed';
import { today } from '../lib/domain/partial-date';

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-bench-')), 'bench.db');
const seedStart = performance.now();
const db = openDatabase(file);
seedDatabase(db);
console.log(`seed (fresh database, all data): ${((performance.now() - seedStart) / 1000).toFixed(2)} s`);

function time(label: string, run: () => unknown, runs = 20) {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   max ${samples.at(-1)!.toFixed(1).padStart(7)} ms   (${runs} runs)`);
}

const day = today();
const oic = getOrganizationBySlug(db, 'oic')!;
const un = getOrganizationBySlug(db, 'un')!;
const rus = getStateByCode(db, 'rus')!;
time('listMembersAsOf(OIC, today)', () => listMembersAsOf(db, oic.id, day));
time('listMembersAsOf(UN, 1999-01-01)', () => listMembersAsOf(db, un.id, '1999-01-01'));
time('listOrganizationsPage(all, page 1)', () => listOrganizationsPage(db, { q: '', status: null, state: 'all', sort: 'acronym', page: 1, day }), 10);
time('listOrganizationsPage(q=ISESCO)', () => listOrganizationsPage(db, { q: 'ISESCO', status: null, state: 'all', sort: 'acronym', page: 1, day }), 10);
time('listCountriesPage(q=Turkey)', () => listCountriesPage(db, { q: 'Turkey', kind: 'all', page: 1, day }), 10);
time('getCountryTimeline(Russia)', () => getCountryTimeline(db, rus.id, day));
time('API organization OIC on a date', () => getOrganizationOn(db, 'oic', '1985-01-01'));
time('API country Russia', () => getCountryOn(db, 'rus', day));
time('API organizations with counts', () => listOrganizationsWithCounts(db, day), 10);
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`peak resident memory: ${rss.toFixed(0)} MiB`);
db.$client.close();
fs.rmSync(path.dirname(file), { recursive: true, force: true });
