import { z } from 'zod';
import { isFutureDate } from '@/lib/domain/partial-date';
import { citationsSchema } from './citation';
import { optionalText, requiredDate, requiredEnum, summary, version } from './fields';
import { RESOLVED_OUTCOMES } from './invitation-fields';
import { LIMITS } from './limits';

export const invitationResolveSchema = z
  .object({
    outcome: requiredEnum(RESOLVED_OUTCOMES, 'Choose how the invitation ended.'),
    outcomeDate: requiredDate('The date of the outcome'),
    note: optionalText('The note', LIMITS.note),
    version,
    summary,
    citations: citationsSchema,
  })
  .superRefine((v, ctx) => {
    if (isFutureDate(v.outcomeDate)) ctx.addIssue({ code: 'custom', path: ['outcomeDate'], message: 'The outcome cannot be dated in the future.' });
  });

export type InvitationResolveInput = z.output<typeof invitationResolveSchema>;
