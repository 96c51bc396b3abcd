import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { PartialDateText } from './partial-date';

/** The sources behind one line, the quote on demand, and any source that gives another date. */
export function CitationList({ citations, acceptedDate }: { citations: CitationView[]; acceptedDate?: string }) {
  if (citations.length === 0) return <span className="text-xs text-amber-800">No source recorded</span>;
  return (
    <ul className="space-y-1 text-sm">
      {citations.map((c) => (
        <li key={c.id}>
          <Link href={`/sources/${c.source.id}`} className="text-slate-700 underline decoration-slate-300 hover:decoration-slate-700">
            {c.source.publisher ? `${c.source.publisher}: ` : ''}
            {c.source.title}
          </Link>
          {c.givenDate && c.givenDate !== acceptedDate ? (
            <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900 ring-1 ring-amber-200">
              gives <PartialDateText date={c.givenDate} />
            </span>
          ) : null}
          {c.quote ? (
            <details className="mt-0.5">
              <summary className="cursor-pointer text-xs text-slate-500">Quote</summary>
              <blockquote className="border-l-2 border-slate-300 pl-2 text-sm italic text-slate-800">“{c.quote}”</blockquote>
            </details>
          ) : c.locator ? (
            <span className="ml-1 text-xs text-slate-500">({c.locator})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
