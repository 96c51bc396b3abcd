// What the count claim forms (record and correct) share: the fields, and the rule on dates.
import { z } from 'zod';
import { isFutureDate } from '@/lib/domain/partial-date';
import { HELD_STATUSES } from '@/lib/domain/statuses';
import { optionalText, requiredDate, requiredEnum, requiredId } from './fields';
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

export const claimFields = {
  organizationId: requiredId('an organization'),
  status: requiredEnum(HELD_STATUSES, 'Choose which status the source counts.'),
  count,
  date: requiredDate(),
  note: optionalText('The note', LIMITS.note),
};

export function refineNotFuture(v: { date: string }, ctx: z.RefinementCtx) {
  if (isFutureDate(v.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: 'A count claim cannot be dated in the future.' });
}
