'use client';
// A client component only so that the rows travel as plain data, not twice as markup.
import Link from 'next/link';
import type { HeldStatus } from '@/lib/domain/statuses';
import { StatusBadge } from '../status-badge';

export type Row = { slug: string; label: string; status: HeldStatus; story: string };

function Rows({ rows }: { rows: Row[] }) {
  return (
    <tbody className="divide-y divide-slate-100 align-top">
      {rows.map((r) => (
        <tr key={r.slug}>
          <th scope="row"><Link href={`/organizations/${r.slug}`}>{r.label}</Link></th>
          <td><StatusBadge status={r.status} /></td>
          <td>{r.story}</td>
        </tr>
      ))}
    </tbody>
  );
}

function Table({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-2 [&_th]:py-1 [&_th]:pr-2 [&_td]:align-top [&_th]:align-top [&_tbody_th_a:hover]:underline [&_tbody_th]:font-medium [&_tbody_td]:text-slate-700">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-600 [&_th]:font-normal"><tr><th scope="col">Organization</th><th scope="col">Status</th><th scope="col">Since</th></tr></thead>
      <Rows rows={rows} />
    </table>
  );
}

/** The organizations a state belongs to today by full name; a long list shows the first rows and folds the rest. */
export function OrganizationsTable({ rows, stateName, shown = 15 }: { rows: Row[]; stateName: string; shown?: number }) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">No status recorded today.</p>;
  const rest = rows.slice(shown);
  return (
    <>
      <Table rows={rows.slice(0, shown)} caption={`${stateName}: organizations today`} />
      {rest.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">Show the other {rest.length} organizations</summary>
          <Table rows={rest} caption={`${stateName}: organizations today, continued`} />
        </details>
      ) : null}
    </>
  );
}
