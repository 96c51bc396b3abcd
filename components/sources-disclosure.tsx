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

/** Styles for the disclosures below, set once on the list or table that holds them: rows stay light. */
export const DISCLOSURE_STYLES = '[&_summary]:cursor-pointer [&_summary]:whitespace-nowrap [&_summary]:text-slate-700 [&_details_ul]:mt-1 [&_details_ul]:text-xs [&_details_ul]:text-slate-700 [&_details_a]:text-xs [&_details_a]:underline [&_summary_span]:text-amber-800';

/**
 * "2 sources" that opens the short names of the sources and what each says; a quiet "sources
 * differ" mark when one gives another date. Quotes live on the full record (`quotesHref`).
 */
export function SourcesDisclosure({ citations, acceptedDate, quotesHref }: { citations: CitationView[]; acceptedDate?: string; quotesHref: string }) {
  if (citations.length === 0) return <span>No source yet</span>;
  const differ = citations.some((c) => disagrees(c, acceptedDate));
  return (
    <details>
      <summary>
        {`${citations.length} source${citations.length === 1 ? '' : 's'}`}{differ ? <span> · sources differ</span> : null}
      </summary>
      <ul>
        {differ && acceptedDate ? <li>Record: {formatPartialDate(acceptedDate)}</li> : null}
        {citations.map((c) => {
          const words = citationWords(c);
          return <li key={c.id}>{sourceLabel(c.source)}{words ? `: ${words}` : ''}</li>;
        })}
      </ul>
      <Link href={quotesHref}>Quotes</Link>
    </details>
  );
}
