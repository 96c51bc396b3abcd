'use client';
// A client component only so that the rows travel as plain data, not twice as markup.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { CompactSourcesDisclosure, DISCLOSURE_STYLES, type CompactSources } from '../compact-sources';

/** `sources`: the disclosure only where sources differ (it opens both claims); otherwise a count that links to the quotes. */
export type MemberRow = { code: string; name: string; story: string; uncertain: ReactNode; count: number; sources: CompactSources | null };

function SourcesLink({ count, href }: { count: number; href: string }) {
  if (count === 0) return <>No source yet</>;
  return <Link href={href}>{`${count} source${count === 1 ? '' : 's'}`}</Link>;
}

export function MembersTableRows({ rows, slug }: { rows: MemberRow[]; slug: string }) {
  return (
    <table className={`mt-1 w-full text-left text-sm [&_td]:py-1 [&_td]:pr-2 [&_th]:py-1 [&_th]:pr-2 [&_td]:align-top [&_th]:align-top [&_tbody_th_a:hover]:underline [&_tbody_th]:font-medium [&_tbody_td]:text-slate-700 [&_td>a]:underline [&_td>a]:decoration-slate-400 ${DISCLOSURE_STYLES}`}>
      <thead className="text-xs text-slate-600 [&_th]:font-normal"><tr><th scope="col">State</th><th scope="col">Since</th><th scope="col">Sources</th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.code}>
            <th scope="row"><Link href={`/countries/${r.code}`}>{r.name}</Link></th>
            <td>{r.story}{r.uncertain}</td>
            <td>{r.sources ? <CompactSourcesDisclosure sources={r.sources} /> : <SourcesLink count={r.count} href={`/organizations/${slug}/history?state=${r.code}`} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
