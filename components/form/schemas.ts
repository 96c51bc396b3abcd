// The shared zod schemas by name, for validation in the browser as the editor types.
import { z } from 'zod';
import { countClaimEditSchema, countClaimSchema } from '@/lib/validation/count-claim';
import { summary } from '@/lib/validation/fields';
import { invitationEditSchema, invitationResolveSchema, invitationSchema } from '@/lib/validation/invitation';
import { organizationEditSchema, organizationSchema } from '@/lib/validation/organization';
import { sourceEditSchema, sourceSchema } from '@/lib/validation/source';
import { stateEditSchema, stateSchema } from '@/lib/validation/state';
import { addCitationSchema, deleteSchema, statusChangeEditSchema, statusChangeSchema } from '@/lib/validation/status-change';
import type { SchemaName } from './spec';

export const SCHEMAS: Record<SchemaName, z.ZodType> = {
  statusChange: statusChangeSchema, statusChangeEdit: statusChangeEditSchema, addCitation: addCitationSchema, delete: deleteSchema,
  invitation: invitationSchema, invitationEdit: invitationEditSchema, invitationResolve: invitationResolveSchema,
  countClaim: countClaimSchema, countClaimEdit: countClaimEditSchema, organization: organizationSchema, organizationEdit: organizationEditSchema,
  state: stateSchema, stateEdit: stateEditSchema, source: sourceSchema, sourceEdit: sourceEditSchema, revert: z.object({ summary }),
};
