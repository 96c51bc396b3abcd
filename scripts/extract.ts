// npm run -s extract -- FILE [--published YYYY-MM-DD] [--lang en|fr]
// Prints the candidate facts an article states, as JSON, checked against the shipped database.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { extractCandidates } from '../lib/extract/extract';
import { loadGazetteer } from '../lib/extract/gazetteer-db';
import { checkAgainstRecord } from '../lib/extract/record-check';
import { parsePartialDate } from '../lib/domain/partial-date';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function args() {
  try {
    return parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, lang: { type: 'string', default: 'en' } } });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : 'Bad arguments.'}\nUsage: npm run -s extract -- FILE [--published YYYY-MM-DD] [--lang en|fr]`);
  }
}

const { values, positionals } = args();
const file = positionals[0] ?? fail('Usage: npm run -s extract -- FILE [--published YYYY-MM-DD] [--lang en|fr]');
const lang = values.lang === 'en' || values.lang === 'fr' ? values.lang : fail('--lang is en or fr.');
const published = values.published ?? null;
if (published !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !parsePartialDate(published).ok)) fail('--published is a day: YYYY-MM-DD.');
let text: string;
try {
  text = fs.readFileSync(file, 'utf8');
} catch {
  fail(`Cannot read ${file}.`);
}

const db = openDatabase();
const candidates = extractCandidates(text, loadGazetteer(db), { lang, published }).map((c) => ({
  kind: c.kind,
  organization: c.organization,
  state: c.state,
  status: c.status,
  count: c.count,
  date: c.date,
  dateKind: c.dateKind,
  quote: c.quote,
  onRecord: checkAgainstRecord(db, c).verdict === 'on-record',
}));
db.$client.close();
console.log(JSON.stringify({ candidates }, null, 2));
