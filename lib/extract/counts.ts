// Count claims: "brings together 54 member states", "the 57-nation OIC", "les 15 pays membres".
// Ages ("54-year-old"), ordinals ("37th"), attendance ("40 states attended") and round
// approximations ("more than 40 countries") are not counts of members.
import type { HeldStatus } from '@/lib/domain/statuses';
import type { Lang } from './types';

export type FoundCount = { start: number; end: number; count: number; status: HeldStatus };

const WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const WORDS_FR = ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix sept', 'dix huit', 'dix neuf', 'vingt'];

function numberValue(token: string, lang: Lang): number | null {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  const i = (lang === 'fr' ? WORDS_FR : WORDS_EN).indexOf(token);
  return i > 1 ? i : null;
}

const NUM_EN = `(\\d{1,3}|${WORDS_EN.slice(2).join('|')})`;
const NUM_FR = `(\\d{1,3}|${WORDS_FR.slice(2).reverse().join('|')})`;

type Pattern = { re: RegExp; status: HeldStatus; loose?: boolean };

const QUAL_EN = '(?:(?:full|permanent|current|existing|sovereign|founding|voting|african|arab|muslim|european|asian|islamic) ){0,2}';
const PATTERNS: Record<Lang, Pattern[]> = {
  en: [
    { re: new RegExp(`\\b${NUM_EN} ${QUAL_EN}observer(?: states| countries| nations| members)?\\b`, 'g'), status: 'observer' },
    { re: new RegExp(`\\b${NUM_EN} ${QUAL_EN}(?:dialogue )?partner(?:s| states| countries| nations)\\b`, 'g'), status: 'partner' },
    { re: new RegExp(`\\b${NUM_EN} ${QUAL_EN}associate members?\\b`, 'g'), status: 'associate' },
    { re: new RegExp(`\\b${NUM_EN} ${QUAL_EN}(?:member (?:states|countries|nations)|members|member)\\b`, 'g'), status: 'member' },
    { re: new RegExp(`\\b${NUM_EN} (?:nation|state|country|member)\\b`, 'g'), status: 'member' },
    { re: new RegExp(`\\b${NUM_EN} ${QUAL_EN}(?:states|countries|nations)\\b`, 'g'), status: 'member', loose: true },
  ],
  fr: [
    { re: new RegExp(`\\b${NUM_FR} (?:etats|pays) observateurs\\b|\\b${NUM_FR} observateurs\\b`, 'g'), status: 'observer' },
    { re: new RegExp(`\\b${NUM_FR} membres associes\\b`, 'g'), status: 'associate' },
    { re: new RegExp(`\\b${NUM_FR} (?:etats|pays|nations) membres\\b|\\b${NUM_FR} membres\\b`, 'g'), status: 'member' },
    { re: new RegExp(`\\b${NUM_FR} (?:etats|pays|nations)\\b`, 'g'), status: 'member', loose: true },
  ],
};

// A bare "15 countries" counts members only after words that say the body is made of them.
const MADE_OF: Record<Lang, RegExp> = {
  en: /(?:brings? together|groups?|grouping|comprises?|comprising|consists? of|made up of|composed of|union of|bloc of|group of|club of|counts?|of (?:its|all)|with|has|have|had|now has|now have|all)\s+(?:the\s+|its\s+|some\s+)?$|\(\s*$/,
  fr: /(?:regroupe|regroupant|compte|comptait|comptant|reunit|reunissant|compose de|composee de|forte de|de ses|rassemble|rassemblant|ses)\s+$|\(\s*$/,
};
const APPROXIMATE: Record<Lang, RegExp> = {
  en: /(?:more than|over|nearly|almost|about|around|approximately|roughly|some|at least|up to|fewer than|less than|than|from|only|out of|among|dozens of|of the)\s+$/,
  fr: /(?:plus de|pres de|environ|quelque|quelques|au moins|jusqu'a|moins de|sur les|parmi|des|de)\s+$/,
};
const ATTENDANCE: Record<Lang, RegExp> = {
  en: /^\s*(?:have |had |has |also |all |who )?(?:attended|voted|signed|took part|take part|participated|participate|sent|met|gathered|backed|support(?:ed)?|agreed|endorsed|ratified|approved|expressed|abstained|opposed|joined|attending|voting|present|represented|leaders|ministers|delegations|delegates|representatives)\b/,
  fr: /^\s*(?:ont |avaient |qui )?(?:assiste|vote|signe|participe|participaient|envoye|soutenu|approuve|ratifie|exprime|presents|representes|dirigeants|ministres|delegations)\b/,
};

/** "a 10-member committee" counts the committee, not the organization. */
const NOT_A_BODY = /^\s*(?:committee|panel|delegation|team|board|commission|task force|working group|contact group|jury|cabinet|council|comite|delegation|groupe de travail|equipe)\b/;

export function findCounts(folded: string, lang: Lang): FoundCount[] {
  const found: FoundCount[] = [];
  // Every phrase read, kept or not: a shorter pattern must not count what a longer one refused.
  const read: { start: number; end: number }[] = [];
  for (const p of PATTERNS[lang]) {
    for (const m of folded.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (read.some((f) => start < f.end && f.start < end)) continue;
      read.push({ start, end });
      const token = m.slice(1).find((g) => g !== undefined)!;
      const count = numberValue(token, lang);
      if (count === null || count < 2) continue;
      const before = folded.slice(Math.max(0, start - 30), start);
      const after = folded.slice(end, end + 40);
      if (/\d[\s,.]*$/.test(before) || /^\s*(?:year|years|yr|an|ans)\b/.test(after)) continue;
      const madeOf = MADE_OF[lang].test(before);
      if (!madeOf && APPROXIMATE[lang].test(before) && !/(?:'s|its|ses)\s+$/.test(before)) continue;
      if (ATTENDANCE[lang].test(after) || NOT_A_BODY.test(after)) continue;
      if (p.loose && !madeOf) continue;
      found.push({ start, end, count, status: p.status });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
