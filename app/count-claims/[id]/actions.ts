'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/lib/forms/citation-rows';
import { deleteCountClaim, updateCountClaim } from '@/db/mutations/count-claims';
import { countClaimOrganizationId, organizationPath } from '@/db/queries/editor';
import { countClaimEditSchema } from '@/lib/validation/count-claim-edit';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { deleteSchema } from '@/lib/validation/delete';

const actorOf = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });

export async function updateCountClaimAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, countClaimEditSchema, (data, user) => {
    const db = getDb();
    updateCountClaim(db, actorOf(user), id, { ...data, citations: citationInputsFromForm(data.citations) });
    return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=correction` };
  });
}

export async function deleteCountClaimAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, deleteSchema, (data, user) => {
    const db = getDb();
    const orgId = countClaimOrganizationId(db, id);
    deleteCountClaim(db, actorOf(user), id, { version: data.version, summary: data.summary! });
    return { redirectTo: orgId ? `${organizationPath(db, orgId)}?recorded=deletion` : '/history' };
  });
}
