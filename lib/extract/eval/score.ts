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
  const unused = new Set(candidates);
  const score: ArticleScore = { truePositives: 0, falsePositives: [], missed: [], datesRight: 0, datesWrong: [] };
  // Facts with a date first, so that two facts sharing a key ("member 1965", "member 2018") each find theirs.
  for (const f of [...facts].sort((a, b) => Number(b.date !== null) - Number(a.date !== null))) {
    const matching = [...unused].filter((c) => key(c) === key(f));
    const c = matching.find((m) => dateRight(f, m)) ?? matching[0];
    if (c) unused.delete(c);
    if (!c) {
      score.missed.push(f);
      continue;
    }
    score.truePositives++;
    if (dateRight(f, c)) score.datesRight++;
    else score.datesWrong.push({ fact: f, got: c.date });
  }
  score.falsePositives = [...unused];
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
