import Link from 'next/link';
import type { HistoryLine } from '@/db/queries/organizations';
import { isScheduled } from '@/lib/domain/history';
import { CitationList } from './citation-list';
import { StatusChangeEditorLinks } from './editor-links';
import { PartialDateText } from './partial-date';
import { StatusBadge } from './status-badge';

/** Every status change of an organization, newest first, each with its sources; anchors for links.
 *  `day` is today: a change dated after it is shown as scheduled. */
export function StatusHistory({ lines, day }: { lines: HistoryLine[]; day: string }) {
  return (
    <ol className="mt-2 divide-y divide-slate-100">
      {lines.map((c) => (
        <li key={c.id} id={`change-${c.id}`} className="grid scroll-mt-4 gap-1 py-2 target:bg-amber-50 sm:grid-cols-[16rem_1fr]">
          <div className="text-sm">
            <span className="text-slate-700"><PartialDateText date={c.date} asOf={c.dateKind === 'asOf'} /></span>{' '}
            <Link href={`/countries/${c.state.code}`} className="font-medium hover:underline">{c.state.name}</Link>{' '}
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
