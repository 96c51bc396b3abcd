'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/lib/forms/citation-rows';
import { deleteInvitation, resolveInvitation, updateInvitation } from '@/db/mutations/invitations';
import { invitationOrganizationId, organizationPath } from '@/db/queries/editor';
import type { FormState } from '@/lib/forms/form-state';
import { invitationEditSchema } from '@/lib/validation/invitation-edit';
import { invitationResolveSchema } from '@/lib/validation/invitation-resolve';
import { runFormAction } from '@/lib/forms/run-action';
import { deleteSchema } from '@/lib/validation/delete';

const actorOf = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });

export async function updateInvitationAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, invitationEditSchema, (data, user) => {
    const db = getDb();
    updateInvitation(db, actorOf(user), id, { ...data, citations: citationInputsFromForm(data.citations) });
    return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=correction` };
  });
}

export async function resolveInvitationAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    invitationResolveSchema,
    (data, user) => {
      const db = getDb();
      resolveInvitation(db, actorOf(user), id, { ...data, citations: citationInputsFromForm(data.citations) });
      const orgId = invitationOrganizationId(db, id);
      return { redirectTo: orgId ? `${organizationPath(db, orgId)}?recorded=invitation-outcome` : '/history' };
    },
    (e) => (e.kind === 'duplicate' && typeof e.details.existingId === 'number' ? { href: `/status-changes/${e.details.existingId}/cite`, label: 'The status change is already recorded: cite it instead' } : null),
  );
}

export async function deleteInvitationAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, deleteSchema, (data, user) => {
    const db = getDb();
    const orgId = invitationOrganizationId(db, id);
    deleteInvitation(db, actorOf(user), id, { version: data.version, summary: data.summary! });
    return { redirectTo: orgId ? `${organizationPath(db, orgId)}?recorded=deletion` : '/history' };
  });
}
