import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { cowLocatorWords, givenDateWords, sourceLabel } from '@/lib/domain/citation-words';
import { formatPartialDate, partialDatesAgree } from '@/lib/domain/partial-date';

/** A source that names another period than the record's date disagrees; one only more or less precise does not. */
export function disagrees(c: CitationView, accepted?: string): boolean {
  return !!accepted && !!c.givenDate && !partialDatesAgree(c.givenDate, accepted);
}

/** What one citation says, in words: "member in 1969 (year only)", "gives May 1979". */
export function citationWords(c: CitationView): string | null {
  return cowLocatorWords(c.locator) ?? (c.givenDate ? givenDateWords(c.givenDate) : null);
}

/**
 * "2 sources" that opens the short names of the sources and what each says; a quiet "sources
 * differ" mark when one gives another date. Quotes live on the full record (`quotesHref`).
 */
export function SourcesDisclosure({ citations, acceptedDate, quotesHref }: { citations: CitationView[]; acceptedDate?: string; quotesHref: string }) {
  if (citations.length === 0) return <span className="text-xs text-amber-800">No source yet</span>;
  const differ = citations.some((c) => disagrees(c, acceptedDate));
  return (
    <details className="text-sm">
      <summary className="cursor-pointer whitespace-nowrap text-slate-700">
        {citations.length} source{citations.length === 1 ? '' : 's'}{differ ? <span className="text-amber-800"> · differ</span> : null}
      </summary>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
        {differ && acceptedDate ? <li>Record: {formatPartialDate(acceptedDate)}</li> : null}
        {citations.map((c) => {
          const words = citationWords(c);
          return <li key={c.id}>{sourceLabel(c.source)}{words ? `: ${words}` : ''}</li>;
        })}
      </ul>
      <Link href={quotesHref} className="text-xs underline">Quotes</Link>
    </details>
  );
}
