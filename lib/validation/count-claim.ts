import { z } from 'zod';
import { isFutureDate } from '@/lib/domain/partial-date';
import { HELD_STATUSES } from '@/lib/domain/statuses';
import { citationsSchema, optionalCitationsSchema } from './citation';
import { optionalText, requiredDate, requiredEnum, requiredId, summary, version } from './fields';
import { LIMITS } from './limits';

const count = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : ''),
  z
    .string()
    .min(1, 'The number is required.')
    .regex(/^\d{1,6}$/, 'Enter a whole number, for example 54.')
    .transform(Number)
    .pipe(z.number().max(LIMITS.count, `The number must be at most ${LIMITS.count.toLocaleString('en')}.`)),
);

const claimFields = {
  organizationId: requiredId('an organization'),
  status: requiredEnum(HELD_STATUSES, 'Choose which status the source counts.'),
  count,
  date: requiredDate(),
  note: optionalText('The note', LIMITS.note),
};

function refineNotFuture(v: { date: string }, ctx: z.RefinementCtx) {
  if (isFutureDate(v.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: 'A count claim cannot be dated in the future.' });
}

export const countClaimSchema = z.object({ ...claimFields, citations: citationsSchema }).superRefine(refineNotFuture);
export const countClaimEditSchema = z.object({ ...claimFields, version, summary, citations: optionalCitationsSchema }).superRefine(refineNotFuture);

export type CountClaimFormInput = z.output<typeof countClaimSchema>;
export type CountClaimEditInput = z.output<typeof countClaimEditSchema>;
