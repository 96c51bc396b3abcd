// Finding an option by any of its names: label, former names, acronyms, codes; accents and case ignored.
import type { Option } from '@/lib/forms/spec';

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Options matching the typed text, best first: a name that starts with it, then a word that does, then any. */
export function matchOptions(options: readonly Option[], typed: string, limit = 50): Option[] {
  const q = normalize(typed);
  if (!q) return options.slice(0, limit);
  const scored: { option: Option; score: number; index: number }[] = [];
  options.forEach((option, index) => {
    const names = [option.label, ...(option.keywords ?? [])].map(normalize);
    let score = 0;
    for (const name of names) {
      if (name === q) score = Math.max(score, 4);
      else if (name.startsWith(q)) score = Math.max(score, 3);
      else if (name.split(/[\s(),:;/-]+/).some((w) => w.startsWith(q))) score = Math.max(score, 2);
      else if (name.includes(q)) score = Math.max(score, 1);
    }
    if (score) scored.push({ option, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit).map((s) => s.option);
}
