import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { organizationIdBySlug, stateIdByCode } from '@/db/queries/editor';
import { listOrganizationPickerOptions, listSourcePickerOptions, listStatePickerOptions } from '@/db/queries/picker-options';
import { citationGroup } from '@/components/form/citation-fields';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { STATUS_LABELS, STATUSES } from '@/lib/domain/statuses';
import { LIMITS } from '@/lib/validation/limits';
import { extendInvitationAction } from './actions';
import { InvitationForm } from './invitation-form';

export const metadata: Metadata = { title: 'Record an invitation' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function RecordInvitationPage({ searchParams }: Props) {
  await connection();
  const q = await searchParams;
  const org = one(q.org);
  const state = one(q.state);
  await editorOrSignIn(`/record/invitation?${new URLSearchParams({ ...(org ? { org } : {}), ...(state ? { state } : {}) })}`);
  const db = getDb();
  const orgId = organizationIdBySlug(db, org);
  const stateId = stateIdByCode(db, state);
  return (
    <FormPage title="Record an invitation" intro={<p>“Organization O invited state S to become X.” An invitation is not a status: it stays pending until it is resolved.</p>}>
      <InvitationForm
        action={extendInvitationAction}
        spec={{
          submitLabel: 'Record the invitation',
          fields: [
            { kind: 'select', name: 'organizationId', label: 'Organization', required: true, searchable: true, options: listOrganizationPickerOptions(db), defaultValue: orgId ? String(orgId) : '' },
            { kind: 'select', name: 'stateId', label: 'State', required: true, searchable: true, options: listStatePickerOptions(db), defaultValue: stateId ? String(stateId) : '' },
            { kind: 'select', name: 'invitedStatus', label: 'Invited to become', required: true, options: STATUSES.filter((s) => s !== 'withdrawn' && s !== 'suspended').map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
            { kind: 'date', name: 'date', label: 'Date', required: true, hint: 'As precise as known.' },
            { kind: 'radio', name: 'dateKind', label: 'The invitation was extended', required: true, options: [{ value: 'on', label: 'On this date' }, { value: 'by', label: 'By this date (known only to have been extended by then)' }], defaultValue: 'on' },
            { kind: 'textarea', name: 'note', label: 'Note', hint: `At most ${LIMITS.note.toLocaleString('en')} characters.` },
            citationGroup(listSourcePickerOptions(db), { required: true }),
          ],
        }}
      />
    </FormPage>
  );
}
