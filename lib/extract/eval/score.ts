// Scores candidates against the facts written down by hand: a fact is found when organization,
// state, kind and status (or count) agree; its date is right when it agrees at its precision.
import type { Candidate } from '../types';

export type ExpectedFact = { kind: Candidate['kind']; organization: string; state: string | null; status: string | null; count: number | null; date: string | null };
export type ArticleScore = { truePositives: number; falsePositives: Candidate[]; missed: ExpectedFact[]; datesRight: number; datesWrong: { fact: ExpectedFact; got: string | null }[] };

const key = (f: Pick<ExpectedFact, 'kind' | 'organization' | 'state' | 'status' | 'count'>) =>
  [f.kind, f.organization, f.state ?? '', f.kind === 'count_claim' ? '' : (f.status ?? ''), f.count ?? ''].join('|');

/** A fact whose date the article does not give is right when the candidate fell back to the publication date. */
function dateRight(fact: ExpectedFact, c: Candidate): boolean {
  return fact.date === null ? !c.dateFromText : c.date === fact.date;
}

export function scoreArticle(candidates: Candidate[], facts: ExpectedFact[]): ArticleScore {
  const byKey = new Map(candidates.map((c) => [key(c), c]));
  const expected = new Set(facts.map(key));
  const score: ArticleScore = { truePositives: 0, falsePositives: candidates.filter((c) => !expected.has(key(c))), missed: [], datesRight: 0, datesWrong: [] };
  for (const f of facts) {
    const c = byKey.get(key(f));
    if (!c) {
      score.missed.push(f);
      continue;
    }
    score.truePositives++;
    if (dateRight(f, c)) score.datesRight++;
    else score.datesWrong.push({ fact: f, got: c.date });
  }
  return score;
}

export type Totals = { precision: number; recall: number; dateAccuracy: number; truePositives: number; falsePositives: number; missed: number };

export function totals(scores: ArticleScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.missed.length, 0);
  const dates = scores.reduce((n, s) => n + s.datesRight, 0);
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, dateAccuracy: tp ? dates / tp : 1, truePositives: tp, falsePositives: fp, missed: fn };
}
