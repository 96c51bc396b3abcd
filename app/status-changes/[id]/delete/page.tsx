import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getStatusChangeForEdit } from '@/db/queries/editor';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { PartialDateText } from '@/components/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';
import { deleteStatusChangeAction } from '../actions';
import { DeleteForm } from '@/components/form/delete-form';

export const metadata: Metadata = { title: 'Delete a status change' };

export default async function DeleteStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/status-changes/${id}/delete`);
  const change = getStatusChangeForEdit(getDb(), id);
  if (!change) notFound();
  return (
    <FormPage title="Delete a status change" intro={<p>The deletion is a revision: it can be reverted from the history.</p>}>
      <FactHeader citations={change.citations} history={`/history?entity=statusChange&id=${id}`}>
        {change.state?.name}: {STATUS_LABELS[change.status].toLowerCase()} of {change.organization.acronym} <PartialDateText date={change.date} asOf={change.dateKind === 'asOf'} />
      </FactHeader>
      <DeleteForm
        action={deleteStatusChangeAction.bind(null, id)}
        danger
        spec={{ submitLabel: 'Delete this change', fields: [{ kind: 'hidden', name: 'version', value: String(change.version) }, { kind: 'text', name: 'summary', label: 'Why is it deleted?', required: true }] }}
      />
    </FormPage>
  );
}
