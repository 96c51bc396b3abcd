'use server';
import { getDb } from '@/db/client';
import { createOrganization } from '@/db/mutations/organizations';
import type { FormState } from '@/lib/forms/form-state';
import { organizationSchema } from '@/lib/validation/organization';
import { runFormAction } from '@/lib/forms/run-action';

export async function createOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, organizationSchema, (data, user) => {
    createOrganization(getDb(), { id: user.id, name: user.name }, data);
    return { redirectTo: `/organizations/${data.slug}` };
  });
}
