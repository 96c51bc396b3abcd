// "2 sources" that opens what each source says; plain data in, so it can render in a client table.
import Link from 'next/link';

export type CompactSources = { lines: string[]; differ: boolean; accepted: string | null; quotesHref: string };

/** Styles for the disclosures, set once on the list or table that holds them: rows stay light. */
export const DISCLOSURE_STYLES = '[&_summary]:cursor-pointer [&_summary]:text-slate-700 [&_details_ul]:mt-1 [&_details_ul]:text-xs [&_details_ul]:text-slate-700 [&_details_a]:text-xs [&_details_a]:underline [&_summary_span]:block [&_summary_span]:text-xs [&_summary_span]:text-amber-800 sm:[&_summary_span]:ml-1 sm:[&_summary_span]:inline';

export function CompactSourcesDisclosure({ sources: s }: { sources: CompactSources }) {
  if (s.lines.length === 0) return <span>No source yet</span>;
  return (
    <details>
      <summary><b className="font-normal whitespace-nowrap">{`${s.lines.length} source${s.lines.length === 1 ? '' : 's'}`}</b>{s.differ ? <span>sources differ</span> : null}</summary>
      <ul>
        {s.differ && s.accepted ? <li>{`Record: ${s.accepted}`}</li> : null}
        {s.lines.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
      <Link href={s.quotesHref}>Quotes</Link>
    </details>
  );
}
