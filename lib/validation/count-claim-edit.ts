import { z } from 'zod';
import { optionalCitationsSchema } from './citation';
import { summary, version } from './fields';
import { claimFields, refineNotFuture } from './count-claim-fields';

export const countClaimEditSchema = z.object({ ...claimFields, version, summary, citations: optionalCitationsSchema }).superRefine(refineNotFuture);

export type CountClaimEditInput = z.output<typeof countClaimEditSchema>;
