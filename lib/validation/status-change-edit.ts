import { z } from 'zod';
import { optionalCitationsSchema } from './citation';
import { summary, version } from './fields';
import { changeFields, refineFuture } from './status-change-fields';

export const statusChangeEditSchema = z
  .object({ ...changeFields, version, summary, acceptedCitationId: z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string().regex(/^([1-9]\d{0,11})?$/, 'Choose a citation from the list.')).transform((v) => (v === '' ? null : Number(v))), citations: optionalCitationsSchema })
  .superRefine(refineFuture);

export type StatusChangeEditInput = z.output<typeof statusChangeEditSchema>;
