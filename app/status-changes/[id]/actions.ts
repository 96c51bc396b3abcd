'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/lib/forms/citation-rows';
import { addCitations } from '@/db/mutations/facts';
import { deleteStatusChange, updateStatusChange } from '@/db/mutations/status-changes';
import { organizationPath, statusChangeOrganizationId } from '@/db/queries/editor';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { addCitationSchema } from '@/lib/validation/add-citation';
import { deleteSchema } from '@/lib/validation/delete';
import { statusChangeEditSchema } from '@/lib/validation/status-change-edit';

const actorOf = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });

export async function updateStatusChangeAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, statusChangeEditSchema, (data, user) => {
    const db = getDb();
    updateStatusChange(db, actorOf(user), id, { ...data, citations: citationInputsFromForm(data.citations) });
    return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=correction` };
  });
}

export async function deleteStatusChangeAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, deleteSchema, (data, user) => {
    const db = getDb();
    const orgId = statusChangeOrganizationId(db, id);
    deleteStatusChange(db, actorOf(user), id, { version: data.version, summary: data.summary! });
    return { redirectTo: orgId ? `${organizationPath(db, orgId)}?recorded=deletion` : '/history' };
  });
}

export async function addStatusChangeCitationAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, addCitationSchema, (data, user) => {
    const db = getDb();
    addCitations(db, actorOf(user), 'statusChange', id, citationInputsFromForm(data.citations), data.summary);
    const orgId = statusChangeOrganizationId(db, id);
    return { redirectTo: orgId ? `${organizationPath(db, orgId)}?recorded=citation` : '/history' };
  });
}
