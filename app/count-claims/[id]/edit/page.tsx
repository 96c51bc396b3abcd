import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getCountClaimForEdit, listOrganizationOptions, listSourceOptions } from '@/db/queries/editor';
import { citationGroup } from '@/components/form/citation-fields';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { editFields } from '@/components/form/record-fields';
import { PartialDateText } from '@/components/partial-date';
import { HELD_STATUSES, STATUS_LABELS } from '@/lib/domain/statuses';
import { updateCountClaimAction } from '../actions';
import { CountClaimEditForm } from './count-claim-edit-form';

export const metadata: Metadata = { title: 'Correct a count claim' };

export default async function EditCountClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/count-claims/${id}/edit`);
  const db = getDb();
  const claim = getCountClaimForEdit(db, id);
  if (!claim) notFound();
  return (
    <FormPage title="Correct a count claim">
      <FactHeader citations={claim.citations} history={`/history?entity=countClaim&id=${id}`}>
        {claim.organization.acronym}: {claim.count} {STATUS_LABELS[claim.status].toLowerCase()}s on <PartialDateText date={claim.date} />
      </FactHeader>
      <CountClaimEditForm
        action={updateCountClaimAction.bind(null, id)}
        spec={{
          submitLabel: 'Save the correction',
          fields: [
            { kind: 'select', name: 'organizationId', label: 'Organization', required: true, options: listOrganizationOptions(db), defaultValue: String(claim.organizationId) },
            { kind: 'select', name: 'status', label: 'What is counted', required: true, options: HELD_STATUSES.map((s) => ({ value: s, label: `${STATUS_LABELS[s]}s` })), defaultValue: claim.status },
            { kind: 'number', name: 'count', label: 'Number', required: true, defaultValue: String(claim.count) },
            { kind: 'date', name: 'date', label: 'Date', required: true, defaultValue: claim.date },
            { kind: 'textarea', name: 'note', label: 'Note', defaultValue: claim.note ?? '' },
            citationGroup(listSourceOptions(db), { required: false, legend: 'New citation (optional)' }),
            ...editFields(claim.version),
          ],
        }}
      />
    </FormPage>
  );
}
