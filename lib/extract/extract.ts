// From an article's text to candidate facts: sentences, names, phrases, dates and counts.
import { partialDatesAgree } from '@/lib/domain/partial-date';
import { LIMITS } from '@/lib/validation/limits';
import { findCounts } from './counts';
import { findDates, type FoundDate } from './dates';
import type { Gazetteer, Mention } from './gazetteer';
import { fold } from './normalize';
import { CLAUSE_BREAK, INVITED_STATUS, LIST_STATUS, MODALITY, NOT_DONE, NOT_THE_BODY, ORGANIZATION_ANAPHORA, RULES, type Rule } from './rules';
import { splitSentences } from './sentences';
import type { Candidate, ExtractOptions, Highlight } from './types';

type Trigger = { rule: Rule; start: number; end: number };
type Context = { lastOrg: Mention | null; lastOrgSentence: number; lastStates: Mention[]; lastStatesSentence: number };

/** The state a later "the country" stands for: the only one named, or the one a sentence opens with. */
function antecedent(ctx: Context, index: number): Mention | null {
  if (ctx.lastStatesSentence < index - 3 || !ctx.lastStates.length) return null;
  if (new Set(ctx.lastStates.map((m) => m.id)).size === 1) return ctx.lastStates[0]!;
  const first = ctx.lastStates[0]!;
  return first.start <= 20 ? first : null;
}

const STATE_ANAPHORA = /\b(?:the country|the kingdom|the nation|the island nation|(?:his|its|their|our) country|their countries|le pays|le royaume|(?:son|leur|notre) pays|leurs pays)\b/g;
const SINCE = /\b(?:since|depuis)\s+$/;

function findTriggers(folded: string, rules: Rule[]): Trigger[] {
  const all: Trigger[] = [];
  for (const rule of rules) {
    for (const m of folded.matchAll(new RegExp(rule.pattern, 'g'))) all.push({ rule, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

function tokensBetween(folded: string, a: number, b: number): number {
  return folded.slice(Math.min(a, b), Math.max(a, b)).split(/\s+/).filter(Boolean).length;
}

/** States listed together with one ("Burkina Faso, Mali and Niger"). */
function coordinated(states: Mention[], anchor: Mention, text: string): Mention[] {
  const joins = (a: Mention, b: Mention) => {
    const between = text.slice(a.end, b.start);
    return /^\s*(?:(?:in|en)\s+\d{4}\s*)?(?:,|and|et|or|ou|as well as|ainsi que|&|[-–—])?\s*(?:,\s*)?(?:(?:and|et|or)\s+(?:[a-z]+\s+)?)?(?:the\s+(?:[A-Za-z]+\s+){0,3}(?:states|countries|nations)\s+of\s+)?(?:the\s+|la\s+|le\s+|l'|les\s+|du\s+|de\s+la\s+|de\s+|d'|au\s+|aux\s+)?$/i.test(between) || /,\s*followed by\s+$/i.test(between);
  };
  const i = states.indexOf(anchor);
  let lo = i;
  let hi = i;
  while (lo > 0 && joins(states[lo - 1]!, states[lo]!)) lo--;
  while (hi < states.length - 1 && joins(states[hi]!, states[hi + 1]!)) hi++;
  return states.slice(lo, hi + 1);
}

function nearest<T extends { start: number; end: number }>(items: T[], t: { start: number; end: number }): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = item.end <= t.start ? t.start - item.end : item.start >= t.end ? item.start - t.end + 0.5 : 0;
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

export function extractCandidates(text: string, gazetteer: Gazetteer, options: ExtractOptions): Candidate[] {
  const { lang, published } = options;
  const rules = RULES[lang];
  const out: Candidate[] = [];
  const ctx: Context = { lastOrg: null, lastOrgSentence: -10, lastStates: [], lastStatesSentence: -10 };
  splitSentences(text, lang).forEach((sentence, index) => {
    const s = sentence.text;
    const folded = fold(s);
    const orgs = gazetteer.findOrganizations(s, published);
    const states = gazetteer.findStates(s, published).filter((st) => !orgs.some((o) => st.start < o.end && o.start < st.end));
    const adjectives = gazetteer.findStateAdjectives(s).filter((a) => ![...states, ...orgs].some((m) => a.start < m.end && m.start < a.end));
    const inParentheses = (d: FoundDate) => /\([^)]*$/.test(s.slice(0, d.start)) && /^[^(]*\)/.test(s.slice(d.end));
    const dates = findDates(s, lang, published).filter((d) => !orgs.some((o) => d.start < o.end && o.start < d.end) && !inParentheses(d));
    // What happened happened by the publication; "since 1950" dates a state of affairs, not an event.
    const eventDates = dates.filter((d) => (!published || d.date.slice(0, published.length) <= published) && !SINCE.test(folded.slice(0, d.start)));
    const breaks = [...folded.matchAll(CLAUSE_BREAK[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const sameClause = (a: number, b: number) => !breaks.some((br) => br.start >= Math.min(a, b) && br.end <= Math.max(a, b));
    const clauseStart = (pos: number) => Math.max(0, ...breaks.filter((br) => br.end <= pos).map((br) => br.end));

    const orgAt = (pos: number): Mention | null => [...orgs].reverse().find((o) => o.end <= pos) ?? (ctx.lastOrg ? { ...ctx.lastOrg, start: -1, end: -1 } : null);
    const anaphora = [...folded.matchAll(ORGANIZATION_ANAPHORA[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const orgRefs: Mention[] = [...orgs];
    for (const a of anaphora) {
      if (orgs.some((o) => a.start < o.end && o.start < a.end)) continue;
      const target = orgAt(a.start);
      if (target) orgRefs.push({ ...target, start: a.start, end: a.end, text: s.slice(a.start, a.end) });
    }
    orgRefs.sort((a, b) => a.start - b.start);
    const stateRefs: Mention[] = [...states];
    const referents = new Map<Mention, Mention[]>();
    for (const m of folded.matchAll(STATE_ANAPHORA)) {
      // "their country" after a list in the same sentence stands for the list; otherwise for the one state just named.
      const earlier = states.filter((st) => st.end <= m.index);
      const before = antecedent(ctx, index);
      const group = earlier.length ? coordinated(states, earlier.at(-1)!, s) : before ? [before] : [];
      if (!group.length) continue;
      const ref = { ...group[0]!, start: m.index, end: m.index + m[0].length, text: s.slice(m.index, m.index + m[0].length) };
      stateRefs.push(ref);
      referents.set(ref, group.map((g) => ({ ...g, start: m.index, end: m.index + m[0].length, text: ref.text })));
    }
    stateRefs.sort((a, b) => a.start - b.start);

    const emit = (c: Omit<Candidate, 'quote' | 'highlights'>, spans: Highlight[]) => out.push({ ...c, ...quoteOf(s, spans) });

    const modal = (t: { start: number; end: number }) => MODALITY[lang].test(folded.slice(clauseStart(t.start), t.end));
    const orgBefore = (t: Trigger) => orgRefs.some((o) => o.end <= t.start && t.start - o.end <= 60 && sameClause(o.end, t.start));
    const triggers = findTriggers(folded, rules).filter(
      (t) => (t.rule.presupposed || !modal(t)) && !(t.rule.aspect === 'event' && t.rule.kind === 'status_change' && NOT_DONE.test(folded.slice(t.end))) && (!t.rule.subjectOrganization || orgBefore(t)),
    );
    // A state goes with the phrase nearest to it ("four observer states and several dialogue partners, including Turkiye").
    const ownPhrase = (m: Mention, t: Trigger) => nearest(triggers, m) === t;
    for (const t of triggers) {
      let org: Mention | null = null;
      if (t.rule.needs === 'object') {
        org = orgRefs.find((o) => o.start >= t.end && o.start - t.end <= 45 && sameClause(t.end, o.start) && !NOT_THE_BODY.test(folded.slice(o.end))) ?? null;
      } else {
        org = nearest(orgRefs, t) ?? (ctx.lastOrg && ctx.lastOrgSentence >= index - 3 ? { ...ctx.lastOrg, start: -1, end: -1 } : null);
      }
      if (!org) continue;
      let anchor: Mention | null;
      if (t.rule.needs === 'state' || t.rule.needs === 'stateAfter') {
        const close = [...stateRefs, ...adjectives].filter((m) => (t.rule.needs === 'state' || m.start >= t.end) && sameClause(m.start, t.start) && tokensBetween(folded, m.end <= t.start ? m.end : t.end, m.end <= t.start ? t.start : m.start) <= 8 && ownPhrase(m, t));
        anchor = nearest(close, t);
      } else {
        // "Swedish accession", "l'adhésion suédoise": an adjective right against the phrase.
        const beside = adjectives.filter((a) => (lang === 'en' ? a.end <= t.start && /^\s+$/.test(s.slice(a.end, t.start)) : a.start >= t.end && /^\s+$/.test(s.slice(t.end, a.start))));
        const near = [...stateRefs, ...beside].filter((m) => tokensBetween(folded, m.end <= t.start ? m.end : t.end, m.end <= t.start ? t.start : m.start) <= 15 && ownPhrase(m, t));
        anchor = nearest(near.filter((m) => sameClause(m.start, t.start)), t) ?? nearest(near, t);
      }
      if (!anchor) continue;
      const group = referents.get(anchor) ?? (anchor.via === 'adjective' ? [anchor] : coordinated(stateRefs, anchor, s));
      const listed = t.rule.kind === 'status_change' ? listStatus(folded, group, t) : undefined;
      const status = t.rule.kind === 'invitation' ? invitedStatus(folded.slice(t.end, t.end + 60), t.rule) : (listed ?? t.rule.status);
      for (const st of group) {
        if (st.id === undefined) continue;
        // A state of affairs takes a date only from its own clause ("Founded in 1967, ASEAN groups …" is not 1967).
        const date = dateFor(t.rule.aspect === 'event' ? eventDates : dates.filter((d) => d.start >= t.start || !/[,;]/.test(s.slice(d.end, t.start))), st, t, s, stateRefs);
        const dateKind = t.rule.kind === 'invitation' ? (date ? 'on' : 'by') : date ? (t.rule.aspect === 'event' || SINCE.test(folded.slice(0, date.start)) ? 'start' : 'asOf') : 'asOf';
        emit(
          { kind: t.rule.kind, organization: org.id, state: st.id, status, count: null, date: date?.date ?? published, dateKind: date || published ? dateKind : null, dateFromText: !!date },
          spans([[t, 'trigger'], [org, 'organization'], [st, 'state'], [date, 'date']]),
        );
      }
    }

    for (const c of findCounts(folded, lang)) {
      if (MODALITY[lang].test(folded.slice(0, c.start).split(/\s+/).slice(-4).join(' '))) continue;
      const org = nearest(orgRefs.filter((o) => sameClause(o.start, c.start) || Math.abs(o.start - c.end) < 30 || Math.abs(c.start - o.end) < 30), c);
      if (!org) continue;
      const date = dates.find((d) => d.end <= c.start && sameClause(d.start, c.start));
      emit(
        { kind: 'count_claim', organization: org.id, state: null, status: c.status, count: c.count, date: date?.date ?? published, dateKind: date || published ? 'asOf' : null, dateFromText: !!date },
        spans([[c, 'count'], [org, 'organization'], [date ?? null, 'date']]),
      );
    }

    if (orgs.length) {
      ctx.lastOrg = orgs.at(-1)!;
      ctx.lastOrgSentence = index;
    }
    if (states.length) {
      ctx.lastStates = states;
      ctx.lastStatesSentence = index;
    }
  });
  return dedupe(out);
}

/** "A and B as observers", "dialogue partners, including C": the list's own status word wins. */
function listStatus(folded: string, group: Mention[], t: Trigger) {
  const after = LIST_STATUS.find((l) => l.pattern.test(folded.slice(group.at(-1)!.end)))?.status;
  if (after) return after;
  const before = folded.slice(0, t.start);
  if (/\bobserv(?:er|ers|er states|ateurs?)\s*,?\s*$/.test(before)) return 'observer';
  if (/\b(?:partners?|partenaires?)\s*,?\s*$/.test(before)) return 'partner';
  if (/\b(?:associate members?|membres? associes?)\s*,?\s*$/.test(before)) return 'associate';
  return undefined;
}

function invitedStatus(after: string, rule: Rule) {
  return INVITED_STATUS.find((s) => s.pattern.test(after))?.status ?? rule.status;
}

/**
 * A date inside the phrase ("a levé ce mercredi 30 avril la suspension"); else the first date after
 * the state with no punctuation between (a list pairs each state with its date: "Vietnam in 1995,
 * Laos and Myanmar in 1997"); else the date nearest the phrase.
 */
function dateFor(dates: FoundDate[], state: Mention, t: Trigger, sentence: string, states: Mention[]): FoundDate | null {
  const inside = dates.find((d) => d.start >= t.start && d.end <= t.end);
  if (inside) return inside;
  if (state.start >= 0) {
    // The rest of a list may stand between a state and its date: "Brazil, Russia, India and China in 2009".
    const listed = (from: number, to: number) => {
      let between = sentence.slice(from, to);
      for (const m of states) if (m.start >= from && m.end <= to) between = between.slice(0, m.start - from) + 'X'.repeat(m.end - m.start) + between.slice(m.end - from);
      return !/[,;:()]/.test(between.replace(/,\s*(?:and\s+|et\s+)?(?:the\s+)?X+/g, ''));
    };
    const after = dates.find((d) => d.start >= state.end && listed(state.end, d.start));
    if (after) return after;
  }
  // Else a date in the phrase's own clause, one that opens the sentence ("In 2022, …"), or one
  // that dates the joining itself (", joining in November 1995").
  const firstBreak = sentence.search(/[,;]/);
  const reachable = dates.filter((d) => {
    const between = d.end <= t.start ? sentence.slice(d.end, t.start) : sentence.slice(t.end, d.start);
    return !/[,;]/.test(between) || (firstBreak >= 0 && firstBreak <= 30 && d.end <= firstBreak) || (d.end <= t.start && /^\s*,\s*(?:when|lorsque|quand)\b/i.test(between)) || (d.start >= t.end && /[,;]\s*(?:joining|having joined|since|depuis)\s+(?:in\s+|en\s+)?$/i.test(sentence.slice(t.end, d.start)));
  });
  return nearest(t.rule.foundingDate ? dates : reachable, t);
}

function spans(list: [{ start: number; end: number } | null, Highlight['role']][]): Highlight[] {
  return list.filter(([m]) => m && m.start >= 0).map(([m, role]) => ({ start: m!.start, end: m!.end, role }));
}

/** The sentence as the quote; a very long one is cut around what made the candidate. */
function quoteOf(sentence: string, highlights: Highlight[]): { quote: string; highlights: Highlight[] } {
  if (sentence.length <= LIMITS.quote) return { quote: sentence, highlights };
  const first = Math.min(...highlights.map((h) => h.start));
  const from = Math.max(0, Math.min(first - 200, sentence.length - LIMITS.quote));
  const quote = sentence.slice(from, from + LIMITS.quote);
  return { quote, highlights: highlights.map((h) => ({ ...h, start: h.start - from, end: h.end - from })).filter((h) => h.start >= 0 && h.end <= quote.length) };
}

const keyOf = (c: Candidate) => [c.kind, c.organization, c.state ?? '', c.status ?? '', c.count ?? ''].join('|');
const rank = (c: Candidate) => (c.dateFromText ? 4 : 0) + (c.dateKind === 'start' || c.dateKind === 'on' ? 2 : 0) + (c.date?.length ?? 0) / 10;
const sameFact = (a: Candidate, b: Candidate) =>
  keyOf(a) === keyOf(b) && (!a.dateFromText || !b.dateFromText || !a.date || !b.date || partialDatesAgree(a.date, b.date));

/**
 * One candidate per fact: the one whose sentence dates it best, first in the article on a tie.
 * Two dated starts that disagree are two facts ("first became a member in 1965", "rejoined in 2018").
 */
function dedupe(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const i = kept.findIndex((k) => sameFact(k, c));
    if (i < 0) kept.push(c);
    else if (rank(c) > rank(kept[i]!)) kept[i] = c;
  }
  // An undated application or lesser status is background once the article dates the accession.
  const joined = (c: Candidate) => kept.some((k) => k.kind === 'status_change' && k.status === 'member' && k.dateKind === 'start' && k.dateFromText && k.organization === c.organization && k.state === c.state);
  return kept.filter((c) => !(c.kind === 'status_change' && !c.dateFromText && (c.status === 'applicant' || c.status === 'observer' || c.status === 'partner') && joined(c)));
}
