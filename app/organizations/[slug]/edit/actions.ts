'use server';
import { getDb } from '@/db/client';
import { updateOrganization } from '@/db/mutations/organizations';
import type { FormState } from '@/lib/forms/form-state';
import { organizationEditSchema } from '@/lib/validation/organization-edit';
import { runFormAction } from '@/lib/forms/run-action';

export async function updateOrganizationAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, organizationEditSchema, (data, user) => {
    updateOrganization(getDb(), { id: user.id, name: user.name }, id, data);
    return { redirectTo: `/organizations/${data.slug}` };
  });
}
