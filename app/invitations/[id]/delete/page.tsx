import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getInvitationForEdit } from '@/db/queries/editor';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { PartialDateText } from '@/components/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';
import { deleteInvitationAction } from '../actions';
import { DeleteForm } from '@/components/form/delete-form';

export const metadata: Metadata = { title: 'Delete an invitation' };

export default async function DeleteInvitationPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/invitations/${id}/delete`);
  const inv = getInvitationForEdit(getDb(), id);
  if (!inv) notFound();
  return (
    <FormPage title="Delete an invitation" intro={<p>The deletion is a revision: it can be reverted from the history.</p>}>
      <FactHeader citations={inv.citations} history={`/history?entity=invitation&id=${id}`}>
        {inv.state?.name} invited to become {STATUS_LABELS[inv.invitedStatus].toLowerCase()} of {inv.organization.acronym} <PartialDateText date={inv.date} by={inv.dateKind === 'by'} />
      </FactHeader>
      <DeleteForm action={deleteInvitationAction.bind(null, id)} danger spec={{ submitLabel: 'Delete this invitation', fields: [{ kind: 'hidden', name: 'version', value: String(inv.version) }, { kind: 'text', name: 'summary', label: 'Why is it deleted?', required: true }] }} />
    </FormPage>
  );
}
