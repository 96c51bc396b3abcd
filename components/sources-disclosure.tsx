import { CompactSourcesDisclosure, type CompactSources } from './compact-sources';
import type { CitationView } from '@/db/queries/citations';
import { cowLocatorWords, givenDateWords, sourceLabel } from '@/lib/domain/citation-words';
import { formatPartialDate, partialDatesAgree } from '@/lib/domain/partial-date';
import { SOURCE_STANDING_LABELS, standingOf } from '@/lib/domain/statuses';

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
  return <CompactSourcesDisclosure sources={compactSources(citations, acceptedDate, quotesHref)} />;
}

/** The disclosure's content as plain strings, for client tables. */
export function compactSources(citations: CitationView[], acceptedDate: string | undefined, quotesHref: string): CompactSources {
  return {
    lines: citations.map((c) => {
      const words = citationWords(c);
      const standing = standingOf(c.source);
      return `${sourceLabel(c.source)}${standing ? ` (${SOURCE_STANDING_LABELS[standing]})` : ''}${words ? `: ${words}` : ''}`;
    }),
    differ: citations.some((c) => disagrees(c, acceptedDate)),
    accepted: acceptedDate ? formatPartialDate(acceptedDate) : null,
    quotesHref,
  };
}

export { DISCLOSURE_STYLES } from './compact-sources';
