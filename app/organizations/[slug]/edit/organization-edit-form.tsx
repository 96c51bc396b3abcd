'use client';
// Editing an organization. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { organizationEditSchema } from '@/lib/validation/organization-edit';

export const OrganizationEditForm = formFor(organizationEditSchema);
