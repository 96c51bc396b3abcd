'use server';
import { getDb } from '@/db/client';
import { citationInputsFromForm } from '@/lib/forms/citation-rows';
import { recordStatusChange } from '@/db/mutations/status-changes';
import type { FormState } from '@/lib/forms/form-state';
import { runFormAction } from '@/lib/forms/run-action';
import { statusChangeSchema } from '@/lib/validation/status-change';
import { organizationPath } from '@/db/queries/editor';

export async function recordStatusChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    statusChangeSchema,
    (data, user) => {
      const db = getDb();
      const id = recordStatusChange(db, { id: user.id, name: user.name }, { ...data, citations: citationInputsFromForm(data.citations) });
      return { redirectTo: `${organizationPath(db, data.organizationId)}?recorded=status-change&id=${id}` };
    },
    (e) => (e.kind === 'duplicate' && typeof e.details.existingId === 'number' ? { href: `/status-changes/${e.details.existingId}/cite`, label: 'Add your citation to the recorded change' } : null),
  );
}
