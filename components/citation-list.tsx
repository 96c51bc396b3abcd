import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { sourceLabel } from '@/lib/domain/citation-words';
import { SourceStandingLabel } from './source-standing';
import { citationWords, disagrees } from './sources-disclosure';

/** A source's name for a sentence: "Correlates of War dataset", "Reuters". */
export function sourceShortName(source: Pick<CitationView['source'], 'title' | 'publisher' | 'kind'>): string {
  return sourceLabel(source);
}

/**
 * The sources behind one line in plain words ("Correlates of War dataset: member in 1969 (year
 * only)"), a quiet mark where a source gives another date, the quote and the raw locator on demand.
 */
export function CitationList({ citations, acceptedDate }: { citations: CitationView[]; acceptedDate?: string }) {
  if (citations.length === 0) return <span className="text-xs text-amber-800">No source recorded</span>;
  return (
    <ul className="space-y-1 text-sm">
      {citations.map((c) => {
        const words = citationWords(c);
        return (
          <li key={c.id}>
            <Link href={`/sources/${c.source.id}`} className="text-slate-800 underline decoration-slate-300 hover:decoration-slate-700" title={c.source.title}>
              {sourceLabel(c.source)}
            </Link>
            <SourceStandingLabel source={c.source} />
            {words ? <span className="text-slate-700">: {words}</span> : null}
            {disagrees(c, acceptedDate) ? <span className="ml-1 text-xs text-amber-800">(sources differ)</span> : null}
            {c.quote || c.locator ? (
              <details className="text-xs text-slate-600">
                <summary className="cursor-pointer">{c.quote ? 'Quote' : 'Where in the source'}</summary>
                {c.quote ? <blockquote className="border-l-2 border-slate-300 pl-2 text-sm italic text-slate-800">“{c.quote}”</blockquote> : null}
                <p>{c.source.title}{c.locator ? ` — ${c.locator}` : ''}</p>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
