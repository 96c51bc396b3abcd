import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getInvitationForEdit, listSourceOptions } from '@/db/queries/editor';
import { citationGroup } from '@/components/form/citation-fields';
import { FactHeader, parseId } from '@/components/form/fact-header';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { PartialDateText } from '@/components/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';
import { resolveInvitationAction } from '../actions';
import { ResolveForm } from './resolve-form';

export const metadata: Metadata = { title: 'Resolve an invitation' };

export default async function ResolveInvitationPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (!id) notFound();
  await editorOrSignIn(`/invitations/${id}/resolve`);
  const db = getDb();
  const inv = getInvitationForEdit(db, id);
  if (!inv) notFound();
  const status = STATUS_LABELS[inv.invitedStatus].toLowerCase();
  return (
    <FormPage title="Resolve an invitation" intro={<p>Accepting records the status change ({inv.state?.name} becomes {status} on the outcome date) and links it to the invitation.</p>}>
      <FactHeader citations={inv.citations} history={`/history?entity=invitation&id=${id}`}>
        {inv.state?.name} invited to become {status} of {inv.organization.acronym} <PartialDateText date={inv.date} by={inv.dateKind === 'by'} />; now {inv.outcome}
      </FactHeader>
      <ResolveForm
        action={resolveInvitationAction.bind(null, id)}
        spec={{
          submitLabel: 'Resolve',
          fields: [
            { kind: 'hidden', name: 'version', value: String(inv.version) },
            { kind: 'radio', name: 'outcome', label: 'Outcome', required: true, options: [
              { value: 'accepted', label: `Accepted: ${inv.state?.name} became ${status}` }, { value: 'declined', label: 'Declined' }, { value: 'withdrawn', label: 'Withdrawn by the organization' }, { value: 'lapsed', label: 'Lapsed' },
            ] },
            { kind: 'date', name: 'outcomeDate', label: 'Date of the outcome', required: true },
            { kind: 'textarea', name: 'note', label: 'Note' },
            citationGroup(listSourceOptions(db), { required: true }),
            { kind: 'text', name: 'summary', label: 'Summary of your edit' },
          ],
        }}
      />
    </FormPage>
  );
}
