import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { organizationIdBySlug } from '@/db/queries/editor';
import { listOrganizationPickerOptions, listSourcePickerOptions } from '@/db/queries/picker-options';
import { citationGroup } from '@/components/form/citation-fields';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { HELD_STATUSES, STATUS_LABELS } from '@/lib/domain/statuses';
import { LIMITS } from '@/lib/validation/limits';
import { recordCountClaimAction } from './actions';
import { CountClaimForm } from './count-claim-form';

export const metadata: Metadata = { title: 'Record a count claim' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecordCountClaimPage({ searchParams }: Props) {
  await connection();
  const org = (await searchParams).org;
  const slug = typeof org === 'string' ? org : undefined;
  await editorOrSignIn(`/record/count-claim${slug ? `?org=${encodeURIComponent(slug)}` : ''}`);
  const db = getDb();
  const orgId = organizationIdBySlug(db, slug);
  return (
    <FormPage title="Record a count claim" intro={<p>“A source says O had N members (or observers…) on date D.” The organization page checks it against the record.</p>}>
      <CountClaimForm
        action={recordCountClaimAction}
        spec={{
          submitLabel: 'Record the count',
          fields: [
            { kind: 'select', name: 'organizationId', label: 'Organization', required: true, searchable: true, options: listOrganizationPickerOptions(db), defaultValue: orgId ? String(orgId) : '' },
            { kind: 'select', name: 'status', label: 'What is counted', required: true, options: HELD_STATUSES.map((s) => ({ value: s, label: `${STATUS_LABELS[s]}s` })), defaultValue: 'member' },
            { kind: 'number', name: 'count', label: 'Number', required: true, hint: `A whole number from 0 to ${LIMITS.count.toLocaleString('en')}.` },
            { kind: 'date', name: 'date', label: 'Date', required: true },
            { kind: 'textarea', name: 'note', label: 'Note', hint: `At most ${LIMITS.note.toLocaleString('en')} characters.` },
            citationGroup(listSourcePickerOptions(db), { required: true }),
          ],
        }}
      />
    </FormPage>
  );
}
