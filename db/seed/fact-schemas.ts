// Pieces shared by the shapes of the shipped files (curated facts and official lists).
import { z } from 'zod';
import { isPartialDate } from '@/lib/domain/partial-date';
import { DATE_KINDS, STATUSES } from '@/lib/domain/statuses';

export const partialDate = z.string().refine(isPartialDate, 'not a partial date');

/** A status change of one state, with at least one citation of the file's own kind. */
export function statusChangeSchema<C extends z.ZodType>(citation: C) {
  return z.object({
    state: z.string(),
    status: z.enum(STATUSES),
    date: partialDate,
    dateKind: z.enum(DATE_KINDS).default('start'),
    note: z.string().nullish(),
    citations: z.array(citation).min(1),
  });
}
