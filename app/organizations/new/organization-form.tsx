'use client';
// Adding an organization. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { organizationSchema } from '@/lib/validation/organization';

export const OrganizationForm = formFor(organizationSchema);
