// Precision, recall and date accuracy of the extraction on the evaluation articles, against the
// shipped data (states, organizations and their names). Prints the figures and what went wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestDb } from '@/db/test-seeded';
import { extractCandidates } from '../extract';
import type { Gazetteer } from '../gazetteer';
import { loadGazetteer } from '../gazetteer-db';
import { loadEvalArticles } from './eval-set';
import { scoreArticle, totals, type ArticleScore } from './score';

let gazetteer: Gazetteer;
beforeAll(() => {
  const db = createSeededTestDb();
  gazetteer = loadGazetteer(db);
  db.$client.close();
});

const articles = loadEvalArticles();

function run(split?: 'dev' | 'held-out' | 'unseen') {
  const scores: ArticleScore[] = [];
  for (const a of articles.filter((x) => !split || x.split === split)) {
    const s = scoreArticle(extractCandidates(a.text, gazetteer, { lang: a.lang, published: a.published }), a.facts);
    scores.push(s);
    for (const fp of s.falsePositives) console.log(`  ${a.file} extra: ${fp.kind} ${fp.organization} ${fp.state} ${fp.status ?? ''}${fp.count ?? ''} ${fp.date} — ${fp.quote.slice(0, 100)}`);
    for (const m of s.missed) console.log(`  ${a.file} missed: ${m.kind} ${m.organization} ${m.state} ${m.status ?? ''}${m.count ?? ''} ${m.date}`);
    for (const d of s.datesWrong) console.log(`  ${a.file} date: ${d.fact.kind} ${d.fact.state ?? d.fact.count} expected ${d.fact.date} got ${d.got}`);
  }
  return totals(scores);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('extraction on the evaluation articles', () => {
  it('holds at least 15 articles, some French, some stating no change', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(articles.filter((a) => a.lang === 'fr').length).toBeGreaterThanOrEqual(3);
    expect(articles.filter((a) => a.facts.length === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('reaches recall ≥ 0.8, precision ≥ 0.8 and right dates for ≥ 0.7 of the facts found', () => {
    const all = run();
    const heldOut = run('held-out');
    const unseen = run('unseen');
    console.log(`articles ${articles.length}: precision ${pct(all.precision)}, recall ${pct(all.recall)}, dates ${pct(all.dateAccuracy)} (tp ${all.truePositives}, fp ${all.falsePositives}, missed ${all.missed})`);
    console.log(`held-out articles: precision ${pct(heldOut.precision)}, recall ${pct(heldOut.recall)}, dates ${pct(heldOut.dateAccuracy)}`);
    console.log(`articles added last: precision ${pct(unseen.precision)}, recall ${pct(unseen.recall)}, dates ${pct(unseen.dateAccuracy)}`);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
    expect(all.precision).toBeGreaterThanOrEqual(0.8);
    expect(all.dateAccuracy).toBeGreaterThanOrEqual(0.7);
  });

  it('finds nothing in an article that states no membership fact', () => {
    for (const a of articles.filter((x) => x.facts.length === 0)) {
      expect(extractCandidates(a.text, gazetteer, { lang: a.lang, published: a.published }), a.file).toEqual([]);
    }
  });
});
