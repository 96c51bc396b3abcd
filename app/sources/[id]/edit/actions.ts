'use server';
import { getDb } from '@/db/client';
import { updateSource } from '@/db/mutations/sources';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { sourceEditSchema } from '@/lib/validation/source-edit';

export async function updateSourceAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, sourceEditSchema, (data, user) => {
    updateSource(getDb(), { id: user.id, name: user.name }, id, data);
    return { redirectTo: `/sources/${id}` };
  });
}
