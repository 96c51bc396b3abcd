'use server';
import { getDb } from '@/db/client';
import { createSource } from '@/db/mutations/sources';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { sourceSchema } from '@/lib/validation/source';

export async function createSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, sourceSchema, (data, user) => {
    const { id, reused } = createSource(getDb(), { id: user.id, name: user.name }, data);
    return { redirectTo: `/sources/${id}${reused ? '?reused=1' : ''}` };
  });
}
