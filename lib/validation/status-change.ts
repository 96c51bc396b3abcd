import { z } from 'zod';
import { citationsSchema } from './citation';
import { changeFields, refineFuture } from './status-change-fields';

export const statusChangeSchema = z.object({ ...changeFields, citations: citationsSchema }).superRefine(refineFuture);

export type StatusChangeFormInput = z.output<typeof statusChangeSchema>;
