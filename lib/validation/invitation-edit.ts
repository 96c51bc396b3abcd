import { z } from 'zod';
import { optionalCitationsSchema } from './citation';
import { summary, version } from './fields';
import { invitationFields, refineNotFuture } from './invitation-fields';

export const invitationEditSchema = z.object({ ...invitationFields, version, summary, citations: optionalCitationsSchema }).superRefine(refineNotFuture);

export type InvitationEditInput = z.output<typeof invitationEditSchema>;
