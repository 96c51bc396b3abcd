import Link from 'next/link';
import { StatusBadge } from '../status-badge';
import type { CountryViewData } from './data';

type Row = CountryViewData['holdings'][number];

function Rows({ rows }: { rows: Row[] }) {
  return (
    <tbody className="divide-y divide-slate-100 align-top">
      {rows.map((r) => (
        <tr key={r.organization.id}>
          <th scope="row" className="py-1 pr-2 font-medium"><Link href={`/organizations/${r.organization.slug}`} className="hover:underline">{r.label}</Link></th>
          <td className="py-1 pr-2"><StatusBadge status={r.status} /></td>
          <td className="py-1 text-slate-700">{r.story}</td>
        </tr>
      ))}
    </tbody>
  );
}

function Table({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-600"><tr><th scope="col" className="py-1 pr-2 font-normal">Organization</th><th scope="col" className="py-1 pr-2 font-normal">Status</th><th scope="col" className="py-1 font-normal">Since</th></tr></thead>
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
