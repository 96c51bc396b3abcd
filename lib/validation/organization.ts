import { z } from 'zod';
import { organizationFields, refineDates } from './organization-fields';

export const organizationSchema = z.object(organizationFields).superRefine(refineDates);

export type OrganizationFormInput = z.output<typeof organizationSchema>;
