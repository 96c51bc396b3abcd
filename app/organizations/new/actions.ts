'use server';
import { getDb } from '@/db/client';
import { createOrganization } from '@/db/mutations/organizations';
import type { FormState } from '@/lib/validation/form-state';
import { organizationSchema } from '@/lib/validation/organization';
import { runFormAction } from '@/lib/validation/run-action';

export async function createOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, organizationSchema, (data, user) => {
    createOrganization(getDb(), { id: user.id, name: user.name }, data);
    return { redirectTo: `/organizations/${data.slug}` };
  });
}
