// Every quote of the official lists is found in the archived text of its source, and every source has it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsOf, listOfficialFiles, readOfficialFile } from './load';

const ARCHIVE = path.join(process.cwd(), 'db', 'seed', 'data', 'archive');
const normalize = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe.each(listOfficialFiles())('%s', (name) => {
  const file = readOfficialFile(name);
  it('has the archived text of every source, under the source key', () => {
    for (const s of file.sources) expect(fs.existsSync(path.join(ARCHIVE, `${s.key}.txt`)), s.key).toBe(true);
  });
  it('quotes only words found in the archived text', () => {
    const texts = new Map(file.sources.map((s) => [s.key, normalize(fs.readFileSync(path.join(ARCHIVE, `${s.key}.txt`), 'utf8'))]));
    const missing = factsOf(file).flatMap((f) => f.citations).filter((c) => !texts.get(c.source)?.includes(normalize(c.quote)));
    expect(missing).toEqual([]);
  });
  it('cites only its own sources, each at least once', () => {
    const keys = new Set(file.sources.map((s) => s.key));
    const used = new Set(factsOf(file).flatMap((f) => f.citations.map((c) => c.source)));
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
    expect([...keys].filter((k) => !used.has(k))).toEqual([]);
  });
});
