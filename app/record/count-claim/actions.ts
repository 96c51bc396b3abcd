'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/db/mutations/citations';
import { recordCountClaim } from '@/db/mutations/count-claims';
import { organizationPath } from '@/db/queries/editor';
import { countClaimSchema } from '@/lib/validation/count-claim';
import type { FormState } from '@/lib/validation/form-state';
import { runFormAction } from '@/lib/validation/run-action';

export async function recordCountClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, countClaimSchema, (data, user) => {
    const db = getDb();
    const id = recordCountClaim(db, { id: user.id, name: user.name }, { ...data, citations: citationInputsFromForm(data.citations) });
    return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=count-claim&id=${id}` };
  });
}
