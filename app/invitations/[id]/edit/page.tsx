import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getInvitationForEdit, listOrganizationOptions, listSourceOptions, listStateOptions } from '@/db/queries/editor';
import { citationGroup } from '@/components/form/citation-fields';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { editFields } from '@/components/form/record-fields';
import { PartialDateText } from '@/components/partial-date';
import { STATUS_LABELS, STATUSES } from '@/lib/domain/statuses';
import { updateInvitationAction } from '../actions';
import { InvitationEditForm } from './invitation-edit-form';

export const metadata: Metadata = { title: 'Correct an invitation' };

export default async function EditInvitationPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/invitations/${id}/edit`);
  const db = getDb();
  const inv = getInvitationForEdit(db, id);
  if (!inv) notFound();
  return (
    <FormPage title="Correct an invitation">
      <FactHeader citations={inv.citations} history={`/history?entity=invitation&id=${id}`}>
        {inv.state?.name} invited to become {STATUS_LABELS[inv.invitedStatus].toLowerCase()} of {inv.organization.acronym} <PartialDateText date={inv.date} by={inv.dateKind === 'by'} />; {inv.outcome}
      </FactHeader>
      <InvitationEditForm
        action={updateInvitationAction.bind(null, id)}
        spec={{
          submitLabel: 'Save the correction',
          fields: [
            { kind: 'select', name: 'organizationId', label: 'Organization', required: true, options: listOrganizationOptions(db), defaultValue: String(inv.organizationId) },
            { kind: 'select', name: 'stateId', label: 'State', required: true, options: listStateOptions(db), defaultValue: String(inv.stateId) },
            { kind: 'select', name: 'invitedStatus', label: 'Invited to become', required: true, options: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })), defaultValue: inv.invitedStatus },
            { kind: 'date', name: 'date', label: 'Date', required: true, defaultValue: inv.date },
            { kind: 'radio', name: 'dateKind', label: 'The invitation was extended', required: true, options: [{ value: 'on', label: 'On this date' }, { value: 'by', label: 'By this date' }], defaultValue: inv.dateKind },
            { kind: 'textarea', name: 'note', label: 'Note', defaultValue: inv.note ?? '' },
            citationGroup(listSourceOptions(db), { required: false, legend: 'New citation (optional)' }),
            ...editFields(inv.version),
          ],
        }}
      />
    </FormPage>
  );
}
