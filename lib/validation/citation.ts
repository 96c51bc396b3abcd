import { z } from 'zod';
import { optionalDate, optionalId, optionalLanguage, optionalText, optionalUrl, requiredText } from './fields';
import { LIMITS } from './limits';

/** One citation row: an existing source or a new one typed inline, and the verbatim quote. */
export const citationSchema = z
  .object({
    sourceId: optionalId('a source'),
    url: optionalUrl,
    title: optionalText('The title', LIMITS.title),
    publisher: optionalText('The publisher', LIMITS.publisher),
    published: optionalDate(),
    language: optionalLanguage,
    quote: requiredText('The quote', LIMITS.quote),
    givenDate: optionalDate(),
    locator: optionalText('The locator', LIMITS.locator),
  })
  .superRefine((c, ctx) => {
    if (c.sourceId === null && c.url === null && c.title === null) {
      ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'Pick a source, or add a new one with its address and title.' });
    }
  });

export type CitationFormInput = z.output<typeof citationSchema>;

const CITATION_KEYS = ['sourceId', 'url', 'title', 'publisher', 'published', 'language', 'quote', 'givenDate', 'locator'];

function isBlankRow(row: unknown): boolean {
  if (!row || typeof row !== 'object') return true;
  return CITATION_KEYS.every((k) => {
    const v = (row as Record<string, unknown>)[k];
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  });
}

/** Rows left entirely blank are ignored; at least one citation is required. */
export const citationsSchema = z.preprocess(
  (rows) => {
    const list = Array.isArray(rows) ? rows : [];
    const filled = list.filter((r) => !isBlankRow(r));
    return filled.length ? filled : list.length ? [list[0] ?? {}] : [{}];
  },
  z.array(citationSchema).max(LIMITS.citations, `At most ${LIMITS.citations} citations at once.`),
);

/** Citations on a form that may leave them all blank (edits keep the recorded ones). */
export const optionalCitationsSchema = z.preprocess(
  (rows) => (Array.isArray(rows) ? rows.filter((r) => !isBlankRow(r)) : []),
  z.array(citationSchema).max(LIMITS.citations, `At most ${LIMITS.citations} citations at once.`),
);
