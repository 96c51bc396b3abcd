import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getStatusChangeForEdit, listOrganizationOptions, listSourceOptions, listStateOptions } from '@/db/queries/editor';
import { citationGroup } from '@/components/form/citation-fields';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { editFields } from '@/components/form/record-fields';
import { PartialDateText } from '@/components/partial-date';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { DATE_KIND_LABELS, DATE_KINDS, STATUS_LABELS, STATUSES } from '@/lib/domain/statuses';
import { updateStatusChangeAction } from '../actions';
import { CorrectionForm } from './correction-form';

export const metadata: Metadata = { title: 'Correct a status change' };

export default async function EditStatusChangePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/status-changes/${id}/edit`);
  const db = getDb();
  const change = getStatusChangeForEdit(db, id);
  if (!change) notFound();
  const otherDates = change.citations.filter((c) => c.givenDate && c.givenDate !== change.date);
  return (
    <FormPage title="Correct a status change">
      <FactHeader citations={change.citations} history={`/history?entity=statusChange&id=${id}`}>
        {change.state?.name}: {STATUS_LABELS[change.status].toLowerCase()} of {change.organization.acronym} <PartialDateText date={change.date} asOf={change.dateKind === 'asOf'} />
      </FactHeader>
      <CorrectionForm
        action={updateStatusChangeAction.bind(null, id)}
        spec={{
          submitLabel: 'Save the correction',
          fields: [
            { kind: 'select', name: 'organizationId', label: 'Organization', required: true, options: listOrganizationOptions(db), defaultValue: String(change.organizationId) },
            { kind: 'select', name: 'stateId', label: 'State', required: true, options: listStateOptions(db), defaultValue: String(change.stateId) },
            { kind: 'select', name: 'status', label: 'Status', required: true, options: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })), defaultValue: change.status },
            { kind: 'date', name: 'date', label: 'Accepted date', required: true, defaultValue: change.date },
            ...(otherDates.length
              ? [{ kind: 'select' as const, name: 'acceptedCitationId' as const, label: 'Or accept the date another source gives', options: otherDates.map((c) => ({ value: String(c.id), label: `${formatPartialDate(c.givenDate!)}: ${c.source.title}` })), placeholder: '— keep the date above —' }]
              : []),
            { kind: 'radio', name: 'dateKind', label: 'The date is', required: true, options: DATE_KINDS.map((k) => ({ value: k, label: DATE_KIND_LABELS[k] })), defaultValue: change.dateKind },
            { kind: 'checkbox', name: 'scheduled', label: 'Scheduled change', hint: 'Tick when the date is in the future.' },
            { kind: 'textarea', name: 'note', label: 'Note', defaultValue: change.note ?? '' },
            citationGroup(listSourceOptions(db), { required: false, legend: 'New citation (optional)' }),
            ...editFields(change.version),
          ],
        }}
      />
    </FormPage>
  );
}
