'use server';
import { getDb } from '@/db/client';
import { revertRevision } from '@/db/revisions';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { revertSchema } from '@/lib/validation/revert';

export async function revertRevisionAction(revisionId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, revertSchema, (data, user) => {
    const id = revertRevision(getDb(), { id: user.id, name: user.name }, revisionId, data.summary);
    return { redirectTo: `/history?reverted=${id}` };
  });
}
