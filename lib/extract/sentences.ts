// Sentences with Intl.Segmenter, paragraph by paragraph: a headline or a dateline line without a
// full stop does not run into the next paragraph.
import type { Lang } from './types';

export type Sentence = { text: string; start: number; paragraph: number };

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    for (const seg of segmenter.segment(block[0])) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      if (trimmed) out.push({ text: trimmed, start: block.index + seg.index + lead, paragraph });
    }
    paragraph++;
  }
  return mergeAbbreviations(out);
}

// "Jan. 1, 2024", "U.S. officials", "Nov. 11": the segmenter breaks after these; join them back.
const ABBREVIATION_END = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Capt|Prof|Sen|Rep|Gov|M|Mme)\.|\b(?:[A-Z]\.){2,})$/;

function mergeAbbreviations(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && prev.paragraph === s.paragraph && ABBREVIATION_END.test(prev.text) && /^[\p{Ll}\d]/u.test(s.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + ' '.repeat(s.start - (prev.start + prev.text.length)) + s.text };
    } else out.push(s);
  }
  return out;
}
