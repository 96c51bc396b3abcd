import { z } from 'zod';
import { summary, version } from './fields';
import { organizationFields, refineDates } from './organization-fields';

export const organizationEditSchema = z.object({ ...organizationFields, version, summary }).superRefine(refineDates);

export type OrganizationEditInput = z.output<typeof organizationEditSchema>;
