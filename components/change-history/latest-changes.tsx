import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { isScheduled } from '@/lib/domain/status-history';
import type { DateKind, Status } from '@/lib/domain/statuses';
import { PartialDateText } from '../partial-date';
import { StatusBadge } from '../status-badge';

export type LatestChange = { id: number; date: string; dateKind: DateKind; status: Status; citations: CitationView[]; subject: { href: string; label: string }; recordHref: string };

/** The few latest changes of a page, one line each, and the way to all of them. */
export function LatestChanges({ lines, total, allHref, day, shown = 5 }: { lines: LatestChange[]; total: number; allHref: string; day: string; shown?: number }) {
  if (total === 0) return <p className="text-sm text-slate-700">No status change recorded yet.</p>;
  return (
    <>
      <ol className="mt-2 divide-y divide-slate-100 text-sm">
        {lines.slice(0, shown).map((c) => (
          <li key={c.id} className="flex flex-wrap items-baseline gap-x-2 py-1.5">
            <span className="text-slate-700"><PartialDateText date={c.date} asOf={c.dateKind === 'asOf'} /></span>
            <Link href={c.subject.href} className="font-medium hover:underline">{c.subject.label}</Link>
            <StatusBadge status={c.status} scheduled={isScheduled(c, day)} />
            <Link href={c.recordHref} className="text-slate-700 underline decoration-slate-300">{c.citations.length} source{c.citations.length === 1 ? '' : 's'}</Link>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm"><Link href={allHref} className="font-medium underline">All {total} changes, with sources and quotes</Link></p>
    </>
  );
}
