import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { organizationIdBySlug, stateIdByCode } from '@/db/queries/editor';
import { listOrganizationPickerOptions, listSourcePickerOptions, listStatePickerOptions } from '@/db/queries/picker-options';
import { citationGroup } from '@/components/form/citation-fields';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { DATE_KIND_LABELS, DATE_KINDS, STATUS_DESCRIPTIONS, STATUS_LABELS, STATUSES } from '@/lib/domain/statuses';
import { LIMITS } from '@/lib/validation/limits';
import { recordStatusChangeAction } from './actions';
import { StatusChangeForm } from './status-change-form';

export const metadata: Metadata = { title: 'Record a status change' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function RecordStatusChangePage({ searchParams }: Props) {
  await connection();
  const q = await searchParams;
  const org = one(q.org);
  const state = one(q.state);
  await editorOrSignIn(`/record/status-change?${new URLSearchParams({ ...(org ? { org } : {}), ...(state ? { state } : {}) })}`);
  const db = getDb();
  const orgId = organizationIdBySlug(db, org);
  const stateId = stateIdByCode(db, state);
  return (
    <FormPage
      title="Record a status change"
      intro={
        <>
          <p>“State S’s status in organization O became X on date D”, with the source’s own words. A future date is recorded as a scheduled change.</p>
          <p className="mt-2 rounded border border-sky-300 bg-sky-50 p-2 text-slate-900">
            Was the state <strong>invited</strong> to join, or to become an observer? An invitation is not a change of status:{' '}
            <Link href={`/record/invitation?${new URLSearchParams({ ...(org ? { org } : {}), ...(state ? { state } : {}) })}`} className="font-medium underline">record an invitation</Link> instead.
            “Applicant” is for a state that applied itself.
          </p>
        </>
      }
    >
      <StatusChangeForm
        action={recordStatusChangeAction}
        spec={{
          submitLabel: 'Record the change',
          fields: [
            { kind: 'select', name: 'organizationId', label: 'Organization', required: true, searchable: true, options: listOrganizationPickerOptions(db), defaultValue: orgId ? String(orgId) : '' },
            { kind: 'select', name: 'stateId', label: 'State', required: true, searchable: true, options: listStatePickerOptions(db), defaultValue: stateId ? String(stateId) : '' },
            { kind: 'select', name: 'status', label: 'New status', required: true, hint: 'Invited? Use the invitation form (link above): an invitation stays pending until it is resolved.', options: STATUSES.map((s) => ({ value: s, label: `${STATUS_LABELS[s]}: ${STATUS_DESCRIPTIONS[s]}` })) },
            { kind: 'date', name: 'date', label: 'Date', required: true, hint: 'As precise as known: 1972, 1979-05 or 2005-06-30.' },
            { kind: 'radio', name: 'dateKind', label: 'The date is', required: true, options: DATE_KINDS.map((k) => ({ value: k, label: DATE_KIND_LABELS[k] })), defaultValue: 'start' },
            { kind: 'checkbox', name: 'scheduled', label: 'Scheduled change', hint: 'Tick when the date is in the future: the change is shown as scheduled until then.' },
            { kind: 'textarea', name: 'note', label: 'Note', hint: `At most ${LIMITS.note.toLocaleString('en')} characters.` },
            citationGroup(listSourcePickerOptions(db), { required: true }),
          ],
        }}
      />
    </FormPage>
  );
}
