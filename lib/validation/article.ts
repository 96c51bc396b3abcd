// What the form sends: the article (step one) and the candidates kept (step two).
import { z } from 'zod';
import { DATE_KINDS, HELD_STATUSES, INVITATION_DATE_KINDS, STATUSES } from '@/lib/domain/statuses';
import { requiredDate, requiredEnum, requiredText, requiredUrl, optionalText } from './fields';
import { LIMITS } from './limits';

export const ARTICLE_TEXT_LIMIT = 100_000;

export const articleSchema = z.object({
  url: requiredUrl,
  title: requiredText('The title', LIMITS.title),
  publisher: optionalText('The publisher', LIMITS.publisher),
  published: requiredDate('The publication date').refine((v) => v.length === 10, 'Give the day of publication: YYYY-MM-DD.'),
  language: requiredEnum(['en', 'fr'], 'Choose English or French.'),
  text: requiredText('The article text', ARTICLE_TEXT_LIMIT),
});

const slug = (label: string) => requiredText(label, 60).refine((v) => /^[a-z0-9][a-z0-9-]*$/.test(v), `${label}: use the lowercase code shown on its page.`);
const base = { organization: slug('The organization'), date: requiredDate(), quote: requiredText('The quote', LIMITS.quote) };

export const factSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status_change'), ...base, state: slug('The state'), status: requiredEnum(STATUSES, 'Choose a status.'), dateKind: requiredEnum(DATE_KINDS, 'Choose start or as of.') }),
  z.object({ kind: z.literal('invitation'), ...base, state: slug('The state'), status: requiredEnum(STATUSES, 'Choose the invited status.'), dateKind: requiredEnum(INVITATION_DATE_KINDS, 'Choose on or by.') }),
  z.object({
    kind: z.literal('count_claim'),
    ...base,
    status: requiredEnum(HELD_STATUSES, 'Choose what is counted.'),
    count: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^\d{1,4}$/, 'Give the number counted.').transform(Number)).refine((n) => n >= 0 && n <= LIMITS.count, `At most ${LIMITS.count}.`),
  }),
], { error: 'Choose a kind of fact.' });

export type FactInput = z.output<typeof factSchema>;
