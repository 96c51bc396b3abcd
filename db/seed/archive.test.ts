// Every shipped quote is found, word for word, in the archived text of its source; no shipped fact
// rests only on the weakest kind of source.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEAKEST_STANDING } from '@/lib/domain/statuses';
import { factsFileSchema, type FactsFile } from './facts-file';
import { FACTS_FOLDER } from './index';
import { ARCHIVE_FOLDER, readArchivedText } from './load-facts';

/** Only whitespace and typographic quotes, apostrophes and dashes may differ. */
export function normalizeForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u200B-\u200F\u202F]+/g, ' ')
    .trim();
}

const files = fs.readdirSync(FACTS_FOLDER).filter((f) => f.endsWith('.json')).sort();
const parsed: [string, FactsFile][] = files.map((name) => [name, factsFileSchema.parse(JSON.parse(fs.readFileSync(path.join(FACTS_FOLDER, name), 'utf8')))]);
const datasetCsvs = () => fs.readdirSync(path.join(process.cwd(), 'db', 'seed', 'cow')).filter((f) => f.endsWith('.csv'))
  .map((f) => normalizeForQuote(fs.readFileSync(path.join(process.cwd(), 'db', 'seed', 'cow', f), 'utf8').replace(/,/g, ' ')));

function factsOf(file: FactsFile) {
  return [...file.statusChanges, ...file.invitations, ...file.countClaims];
}

describe('archived text of the shipped sources', () => {
  it('covers every facts file in db/seed/data', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(fs.existsSync(ARCHIVE_FOLDER)).toBe(true);
  });

  for (const [name, file] of parsed) {
    describe(name, () => {
      const byKey = new Map(file.sources.map((s) => [s.key, s]));

      it('keeps the text read for every source it cites (datasets excepted)', () => {
        const missing = file.sources.filter((s) => s.kind !== 'dataset' && readArchivedText(s.key) === null).map((s) => s.key);
        expect(missing).toEqual([]);
      });

      it('finds every quote verbatim in the archived text of its source', () => {
        const notFound: string[] = [];
        let csvs: string[] | null = null;
        for (const fact of factsOf(file)) {
          for (const c of fact.citations) {
            const source = byKey.get(c.source);
            if (!source) { notFound.push(`${c.source}: unknown source`); continue; }
            if (!c.quote) continue;
            const quote = normalizeForQuote(c.quote);
            if (source.kind === 'dataset') {
              csvs ??= datasetCsvs();
              if (!csvs.some((t) => t.includes(normalizeForQuote(c.quote!.replace(/,/g, ' '))))) notFound.push(`${c.source}: ${c.quote}`);
              continue;
            }
            const text = readArchivedText(source.key);
            if (text === null || !normalizeForQuote(text).includes(quote)) notFound.push(`${c.source}: ${c.quote.slice(0, 80)}`);
          }
        }
        expect(notFound).toEqual([]);
      });

      it('rests no fact only on the weakest kind of source', () => {
        const weak = factsOf(file).filter((f) => f.citations.every((c) => byKey.get(c.source)?.standing === WEAKEST_STANDING));
        expect(weak.map((f) => JSON.stringify({ org: f.org, date: f.date, status: f.status }))).toEqual([]);
      });
    });
  }

  it('counts what was checked', () => {
    const quotes = parsed.flatMap(([, f]) => factsOf(f).flatMap((x) => x.citations.filter((c) => c.quote))).length;
    expect(quotes).toBeGreaterThan(100);
  });
});

describe('normalizeForQuote', () => {
  it('allows only whitespace and typographic differences', () => {
    expect(normalizeForQuote('Türkiye’s  “accession” – now')).toBe(normalizeForQuote("Türkiye's \"accession\" - now"));
    expect(normalizeForQuote('member')).not.toBe(normalizeForQuote('members'));
  });
});
