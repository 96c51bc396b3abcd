'use server';
import { getDb } from '@/db/client';
import { createState } from '@/db/mutations/states';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { stateSchema } from '@/lib/validation/state';

export async function createStateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, stateSchema, (data, user) => {
    createState(getDb(), { id: user.id, name: user.name }, data);
    return { redirectTo: `/countries/${data.code}` };
  });
}
