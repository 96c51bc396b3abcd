import Link from 'next/link';
import type { MemberLine } from '@/db/queries/organizations';
import type { StatusCounts } from '@/lib/domain/status-history';
import { HELD_STATUSES, STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';
import { CitationList } from './citation-list';
import { StatusChangeEditorLinks } from './editor-links';
import { SinceDate } from './since-date';
import { StatusBadge } from './status-badge';
import { UncertainStatus } from './uncertain-status';
import { STATUS_COLORS } from './status-style';

export function countsSentence(counts: StatusCounts): string {
  const parts = [`${counts.member} member${counts.member === 1 ? '' : 's'}${counts.suspended ? ` (${counts.suspended} suspended)` : ''}`];
  for (const status of ['associate', 'observer', 'partner', 'applicant'] as const) {
    if (counts[status]) parts.push(`${counts[status]} ${STATUS_LABELS[status].toLowerCase()}${counts[status] === 1 ? '' : 's'}`);
  }
  return parts.join(', ');
}

/** The states holding each status on the day, each with its since-date and sources. */
export function OrganizationMembers({ byStatus, day }: { byStatus: Map<HeldStatus, MemberLine[]>; day?: string }) {
  return (
    <>
      {HELD_STATUSES.map((status) => {
        const lines = byStatus.get(status);
        if (!lines?.length) return null;
        return (
          <section key={status} aria-labelledby={`status-${status}`} className="mt-5">
            <h3 id={`status-${status}`} className="flex items-center gap-2 font-medium">
              <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill={STATUS_COLORS[status].fill} /></svg>
              {STATUS_LABELS[status]} ({lines.length})
            </h3>
            <ul className="mt-1 divide-y divide-slate-100">
              {lines.map((line) => (
                <li key={line.stateId} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
                  <div>
                    <Link href={`/countries/${line.since.state.code}`} className="font-medium hover:underline">{line.since.state.name}</Link>{' '}
                    <StatusBadge status={line.status} />
                    <div className="text-sm text-slate-600"><SinceDate date={line.since.date} asOf={line.since.dateKind === 'asOf'} /></div>
                    {day && !line.certain ? <UncertainStatus change={line.latest} possible={line.possible} day={day} /> : null}
                    <StatusChangeEditorLinks id={line.since.id} />
                  </div>
                  <CitationList citations={line.citations} acceptedDate={line.since.date} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
