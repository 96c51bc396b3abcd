// Text folded for matching without moving any character: offsets in the folded text are offsets
// in the original, so a match can be highlighted in the verbatim sentence.

const FOLD: Record<string, string> = { '’': "'", 'ʼ': "'", '‘': "'", '`': "'", '-': ' ', '‐': ' ', '‑': ' ', '–': ' ', '\u00a0': ' ' };

export function foldChar(c: string): string {
  if (FOLD[c]) return FOLD[c];
  const base = c.normalize('NFD')[0] ?? c;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** Lowercase, no accents, one kind of apostrophe and hyphen-as-space; same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) out += c.length === 1 ? foldChar(c) : ' '.repeat(c.length);
  // British and American spellings of "organisation" are one name.
  return out.replace(/organis/g, 'organiz');
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters and digits count as word characters, in any script. */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const WORD_AFTER = '(?![\\p{L}\\p{N}])';
