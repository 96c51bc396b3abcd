'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/lib/forms/citation-rows';
import { extendInvitation } from '@/db/mutations/invitations';
import { organizationPath } from '@/db/queries/editor';
import type { FormState } from '@/lib/forms/form-state';
import { invitationSchema } from '@/lib/validation/invitation';
import { runFormAction } from '@/lib/forms/run-action';

export async function extendInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, invitationSchema, (data, user) => {
    const db = getDb();
    const id = extendInvitation(db, { id: user.id, name: user.name }, { ...data, citations: citationInputsFromForm(data.citations) });
    return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=invitation&id=${id}` };
  }, (e) => (e.kind === 'duplicate' && typeof e.details.existingId === 'number' ? { href: `/invitations/${e.details.existingId}/edit`, label: 'Add your citation to the pending invitation' } : null));
}
