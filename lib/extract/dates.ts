// Dates in a sentence with chrono-node (English or French). A relative date ("on Thursday",
// "yesterday", "last month") is resolved against the publication date, and only when that gives
// one answer; without a publication date only dates that name their year are read.
import * as chrono from 'chrono-node';
import { fold } from './normalize';
import type { Lang } from './types';

export type FoundDate = { start: number; end: number; date: string; relative: boolean };

const pad = (n: number) => String(n).padStart(2, '0');
const VAGUE = /^(?:now|this week|next week|cette semaine|maintenant|aujourd'hui meme)$/i;

function utc(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function fromComponents(r: chrono.ParsedResult, published: string | null): { date: string; relative: boolean } | null {
  const s = r.start;
  const hasYearText = /\b\d{4}\b/.test(r.text);
  const y = s.get('year')!;
  const m = s.get('month')!;
  const d = s.get('day')!;
  if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
    if (!hasYearText && !published) return null;
    return { date: `${y}-${pad(m)}-${pad(d)}`, relative: !hasYearText };
  }
  if (!published) return null;
  const pub = utc(published);
  if (s.isCertain('day') && s.isCertain('month')) {
    // A day without its year is taken in the publication's year unless that is months ahead.
    const ahead = (m - 1 - pub.getUTCMonth() + 12) % 12;
    const year = m - 1 > pub.getUTCMonth() && ahead > 2 ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
    return { date: `${year}-${pad(m)}-${pad(d)}`, relative: true };
  }
  if (s.isCertain('weekday') && !s.isCertain('day')) {
    // "on Thursday" in a news item: the latest such day on or before publication.
    const back = (pub.getUTCDay() - s.get('weekday')! + 7) % 7;
    const day = new Date(pub.getTime() - back * 86_400_000);
    return { date: day.toISOString().slice(0, 10), relative: true };
  }
  if (s.isCertain('month') && s.isCertain('year')) return { date: `${y}-${pad(m)}`, relative: !hasYearText };
  if (s.isCertain('month')) {
    const year = m <= pub.getUTCMonth() + 1 ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
    return { date: `${year}-${pad(m)}`, relative: true };
  }
  if (s.isCertain('year')) return { date: String(y), relative: !hasYearText };
  return null;
}

const FR_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTH_YEAR_FR = new RegExp(`\\b(${FR_MONTHS.join('|')}) ((?:19|20)\\d\\d)\\b`, 'g');
const BARE_YEAR = /(?<![\d,.\-/])\b(1[89]\d\d|20\d\d)\b(?![\d\-/]|\s*(?:year|an)s?\b)/g;

export function findDates(sentence: string, lang: Lang, published: string | null): FoundDate[] {
  const parser = lang === 'fr' ? chrono.fr : chrono.en;
  const ref = published ? utc(published) : new Date(Date.UTC(2000, 0, 1));
  const found: FoundDate[] = [];
  for (const r of parser.parse(sentence, ref)) {
    if (VAGUE.test(fold(r.text).trim())) continue;
    const read = fromComponents(r, published);
    if (read) found.push({ start: r.index, end: r.index + r.text.length, ...read });
  }
  const free = (start: number, end: number) => !found.some((f) => start < f.end && f.start < end);
  const folded = fold(sentence);
  if (lang === 'fr') {
    for (const m of folded.matchAll(MONTH_YEAR_FR)) {
      const end = m.index + m[0].length;
      if (free(m.index, end)) found.push({ start: m.index, end, date: `${m[2]}-${pad(FR_MONTHS.indexOf(m[1]!) + 1)}`, relative: false });
    }
  }
  for (const m of folded.matchAll(BARE_YEAR)) {
    const end = m.index + m[0].length;
    if (free(m.index, end)) found.push({ start: m.index, end, date: m[1]!, relative: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
