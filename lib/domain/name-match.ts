// How a typed query matches a name or a code, whatever its accents and case ("Turkiye" and
// "turkey" both find Türkiye).

/** Lowercase, without accents or surrounding space: the form names are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 0 exact, 1 prefix, 2 a word starts with it, 3 contained anywhere; null when no match. */
export function rankName(query: string, name: string): number | null {
  const q = foldText(query);
  const n = foldText(name);
  if (!q || !n) return null;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  if (n.split(/[\s\-–(),.'’/]+/).some((word) => word.startsWith(q))) return 2;
  if (n.includes(q)) return 3;
  return null;
}

/** Codes match only exactly ("rus" is Russia's code; "ru" would otherwise match half the world). */
export function rankCode(query: string, code: string | null | undefined): number | null {
  return code && foldText(code) === foldText(query) ? 0 : null;
}

/** The closest of several ranks; null when none matched. */
export function bestRank(...ranks: (number | null)[]): number | null {
  const found = ranks.filter((r): r is number => r !== null);
  return found.length ? Math.min(...found) : null;
}
