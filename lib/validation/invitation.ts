import { z } from 'zod';
import { citationsSchema } from './citation';
import { invitationFields, refineNotFuture } from './invitation-fields';

export const invitationSchema = z.object({ ...invitationFields, citations: citationsSchema }).superRefine(refineNotFuture);

export type InvitationFormInput = z.output<typeof invitationSchema>;
