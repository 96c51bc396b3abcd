// What the status change forms (record and correct) share: the fields, and the rule on future dates.
import { z } from 'zod';
import { isFutureDate } from '@/lib/domain/partial-date';
import { DATE_KINDS, STATUSES } from '@/lib/domain/statuses';
import { checkbox, optionalText, requiredDate, requiredEnum, requiredId } from './fields';
import { LIMITS } from './limits';

const FUTURE_MESSAGE = 'This date is in the future: tick "Scheduled change" to record it as scheduled.';
const FUTURE_AS_OF = 'An observation ("as of") cannot be in the future; record a scheduled start instead.';

export const changeFields = {
  organizationId: requiredId('an organization'),
  stateId: requiredId('a state'),
  status: requiredEnum(STATUSES, 'Choose a status from the list.'),
  date: requiredDate(),
  dateKind: requiredEnum(DATE_KINDS, 'Choose whether the date is a start or an observation.'),
  scheduled: checkbox,
  note: optionalText('The note', LIMITS.note),
};

type FutureCheck = { date: string; dateKind: string; scheduled: boolean };
export function refineFuture(v: FutureCheck, ctx: z.RefinementCtx) {
  if (!isFutureDate(v.date)) return;
  if (v.dateKind === 'asOf') ctx.addIssue({ code: 'custom', path: ['dateKind'], message: FUTURE_AS_OF });
  else if (!v.scheduled) ctx.addIssue({ code: 'custom', path: ['scheduled'], message: FUTURE_MESSAGE });
}
