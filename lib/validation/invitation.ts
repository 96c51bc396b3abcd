import { z } from 'zod';
import { isFutureDate } from '@/lib/domain/partial-date';
import { INVITATION_DATE_KINDS, INVITATION_OUTCOMES, STATUSES } from '@/lib/domain/statuses';
import { citationsSchema, optionalCitationsSchema } from './citation';
import { optionalDate, optionalText, requiredDate, requiredEnum, requiredId, summary, version } from './fields';
import { LIMITS } from './limits';

const NOT_FUTURE = 'An invitation cannot be dated in the future.';
type Dated = { date: string };
function refineNotFuture(v: Dated, ctx: z.RefinementCtx) {
  if (isFutureDate(v.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: NOT_FUTURE });
}

const invitationFields = {
  organizationId: requiredId('an organization'),
  stateId: requiredId('a state'),
  invitedStatus: requiredEnum(STATUSES, 'Choose the status the state is invited to.'),
  date: requiredDate(),
  dateKind: requiredEnum(INVITATION_DATE_KINDS, 'Choose whether the invitation was extended on or by this date.'),
  note: optionalText('The note', LIMITS.note),
};

export const invitationSchema = z.object({ ...invitationFields, citations: citationsSchema }).superRefine(refineNotFuture);
export const invitationEditSchema = z.object({ ...invitationFields, version, summary, citations: optionalCitationsSchema }).superRefine(refineNotFuture);

export const RESOLVED_OUTCOMES = INVITATION_OUTCOMES.filter((o) => o !== 'pending') as unknown as readonly ['accepted', 'declined', 'withdrawn', 'lapsed'];

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

export type InvitationFormInput = z.output<typeof invitationSchema>;
export type InvitationEditInput = z.output<typeof invitationEditSchema>;
export type InvitationResolveInput = z.output<typeof invitationResolveSchema>;
// optionalDate is re-exported for forms that show the outcome date of a resolved invitation.
export { optionalDate };
