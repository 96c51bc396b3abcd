// Rebuilds the compressed copies of the COW IGO v3 files this importer ships with.
// Run by hand when the shared copy changes: npx tsx db/seed/cow/build-data.ts <folder of the CSV copies>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';

const from = process.argv[2];
if (!from) throw new Error('usage: build-data.ts <folder with igo_year_format3.csv and states2016.csv>');
const out = path.dirname(new URL(import.meta.url).pathname);

const read = (name: string) => parse(fs.readFileSync(path.join(from, name)), { columns: true }) as Record<string, string>[];
const gzip = (name: string, text: string) => {
  fs.writeFileSync(path.join(out, name), zlib.gzipSync(text, { level: 9 }));
  console.log(`${name}: ${fs.statSync(path.join(out, name)).size} bytes`);
};
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const states = read('states2016.csv');
gzip('states2016.csv.gz', fs.readFileSync(path.join(from, 'states2016.csv'), 'utf8'));

const rows = read('igo_year_format3.csv');
const keys = [...new Set(states.map((s) => s.state!))];
const years = [['ioname', 'year', ...keys].join(',')];
for (const r of rows) years.push([r.ioname, r.year, ...keys.map((k) => r[k] ?? '')].join(','));
gzip('igo-years.csv.gz', years.join('\n') + '\n');

const META = ['ioname', 'ionum', 'orgname', 'longorgname', 'sdate', 'deaddate'];
// The latest row's metadata: a few organizations changed name over the years.
const latest = new Map<string, Record<string, string>>();
for (const r of rows) latest.set(r.ioname!, r);
const orgs = [META.join(',')];
for (const r of latest.values()) orgs.push(META.map((k) => csvCell(r[k] ?? '')).join(','));
gzip('organizations.csv.gz', orgs.join('\n') + '\n');
