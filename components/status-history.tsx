import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { isScheduled } from '@/lib/domain/status-history';
import type { DateKind, Status } from '@/lib/domain/statuses';
import { CitationList } from './citation-list';
import { StatusChangeEditorLinks } from './editor-links';
import { PartialDateText } from './partial-date';
import { StatusBadge } from './status-badge';

export type StatusHistoryLine = {
  id: number;
  date: string;
  dateKind: DateKind;
  status: Status;
  note: string | null;
  citations: CitationView[];
  /** What the line is about, seen from the page: the state on an organization page, the organization on a country page. */
  subject: { href: string; label: string };
};

/** Status changes, each with its sources; anchors for links.
 *  `day` is today: a change dated after it is shown as scheduled. */
export function StatusHistory({ lines, day }: { lines: StatusHistoryLine[]; day: string }) {
  return (
    <ol className="mt-2 divide-y divide-slate-100">
      {lines.map((c) => (
        <li key={c.id} id={`change-${c.id}`} className="grid scroll-mt-4 gap-1 py-2 target:bg-amber-50 sm:grid-cols-[16rem_1fr]">
          <div className="text-sm">
            <span className="text-slate-700"><PartialDateText date={c.date} asOf={c.dateKind === 'asOf'} /></span>{' '}
            <Link href={c.subject.href} className="font-medium hover:underline">{c.subject.label}</Link>{' '}
            <StatusBadge status={c.status} scheduled={isScheduled(c, day)} />
            {c.note ? <p className="text-slate-600">{c.note}</p> : null}
            <StatusChangeEditorLinks id={c.id} />
          </div>
          <CitationList citations={c.citations} acceptedDate={c.date} />
        </li>
      ))}
    </ol>
  );
}
