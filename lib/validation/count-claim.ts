import { z } from 'zod';
import { citationsSchema } from './citation';
import { claimFields, refineNotFuture } from './count-claim-fields';

export const countClaimSchema = z.object({ ...claimFields, citations: citationsSchema }).superRefine(refineNotFuture);

export type CountClaimFormInput = z.output<typeof countClaimSchema>;
