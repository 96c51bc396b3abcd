import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getStatusChangeForEdit, listSourceOptions } from '@/db/queries/editor';
import { citationGroup } from '@/components/form/citation-fields';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { PartialDateText } from '@/components/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';
import { addStatusChangeCitationAction } from '../actions';
import { CitationForm } from './citation-form';

export const metadata: Metadata = { title: 'Cite a recorded change' };

export default async function CiteStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/status-changes/${id}/cite`);
  const db = getDb();
  const change = getStatusChangeForEdit(db, id);
  if (!change) notFound();
  return (
    <FormPage title="Add a citation to a recorded change">
      <FactHeader citations={change.citations} history={`/history?entity=statusChange&id=${id}`}>
        {change.state?.name}: {STATUS_LABELS[change.status].toLowerCase()} of {change.organization.acronym} <PartialDateText date={change.date} asOf={change.dateKind === 'asOf'} />
      </FactHeader>
      <CitationForm
        action={addStatusChangeCitationAction.bind(null, id)}
        spec={{ submitLabel: 'Add the citation', fields: [citationGroup(listSourceOptions(db), { required: true }), { kind: 'text', name: 'summary', label: 'Summary of your edit' }] }}
      />
    </FormPage>
  );
}
