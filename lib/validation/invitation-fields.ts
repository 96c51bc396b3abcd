// What the invitation forms (record, correct, resolve) share: the fields, and the rule on dates.
import { z } from 'zod';
import { isFutureDate } from '@/lib/domain/partial-date';
import { INVITATION_DATE_KINDS, INVITATION_OUTCOMES, STATUSES } from '@/lib/domain/statuses';
import { optionalText, requiredDate, requiredEnum, requiredId } from './fields';
import { LIMITS } from './limits';

const NOT_FUTURE = 'An invitation cannot be dated in the future.';
type Dated = { date: string };
export function refineNotFuture(v: Dated, ctx: z.RefinementCtx) {
  if (isFutureDate(v.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: NOT_FUTURE });
}

export const invitationFields = {
  organizationId: requiredId('an organization'),
  stateId: requiredId('a state'),
  invitedStatus: requiredEnum(STATUSES, 'Choose the status the state is invited to.'),
  date: requiredDate(),
  dateKind: requiredEnum(INVITATION_DATE_KINDS, 'Choose whether the invitation was extended on or by this date.'),
  note: optionalText('The note', LIMITS.note),
};

export const RESOLVED_OUTCOMES = INVITATION_OUTCOMES.filter((o) => o !== 'pending') as unknown as readonly ['accepted', 'declined', 'withdrawn', 'lapsed'];

