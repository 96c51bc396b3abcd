'use server';
import { getDb } from '@/db/client';
import { updateState } from '@/db/mutations/states';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { stateEditSchema } from '@/lib/validation/state-edit';

export async function updateStateAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, stateEditSchema, (data, user) => {
    updateState(getDb(), { id: user.id, name: user.name }, id, data);
    return { redirectTo: `/countries/${data.code}` };
  });
}
