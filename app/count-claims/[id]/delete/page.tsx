import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getCountClaimForEdit } from '@/db/queries/editor';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { PartialDateText } from '@/components/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';
import { deleteCountClaimAction } from '../actions';
import { DeleteForm } from '@/components/form/delete-form';

export const metadata: Metadata = { title: 'Delete a count claim' };

export default async function DeleteCountClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/count-claims/${id}/delete`);
  const claim = getCountClaimForEdit(getDb(), id);
  if (!claim) notFound();
  return (
    <FormPage title="Delete a count claim" intro={<p>The deletion is a revision: it can be reverted from the history.</p>}>
      <FactHeader citations={claim.citations} history={`/history?entity=countClaim&id=${id}`}>
        {claim.organization.acronym}: {claim.count} {STATUS_LABELS[claim.status].toLowerCase()}s on <PartialDateText date={claim.date} />
      </FactHeader>
      <DeleteForm action={deleteCountClaimAction.bind(null, id)} danger spec={{ submitLabel: 'Delete this count claim', fields: [{ kind: 'hidden', name: 'version', value: String(claim.version) }, { kind: 'text', name: 'summary', label: 'Why is it deleted?', required: true }] }} />
    </FormPage>
  );
}
