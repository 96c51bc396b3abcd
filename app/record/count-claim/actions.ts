'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/lib/forms/citation-rows';
import { recordCountClaim } from '@/db/mutations/count-claims';
import { organizationPath } from '@/db/queries/editor';
import { countClaimSchema } from '@/lib/validation/count-claim';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';

export async function recordCountClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, countClaimSchema, (data, user) => {
    const db = getDb();
    const id = recordCountClaim(db, { id: user.id, name: user.name }, { ...data, citations: citationInputsFromForm(data.citations) });
    return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=count-claim&id=${id}` };
  });
}
