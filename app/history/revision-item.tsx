import Link from 'next/link';
import { kindNoun, type RevisionView } from '@/db/revisions';
import { fieldWords, readableSummary } from '@/lib/domain/revision-words';
import { revertRevisionAction } from './actions';
import { LazyRevertForm } from './lazy-revert-form';

const ACTION_LABELS = { create: 'Added', update: 'Edited', delete: 'Deleted', revert: 'Reverted', import: 'Loaded' } as const;

export function RevisionItem({ revision: r, canRevert }: { revision: RevisionView; canRevert: boolean }) {
  return (
    <li id={`revision-${r.id}`} className="rounded border border-slate-200 p-3">
      <article aria-labelledby={`revision-${r.id}-title`} className="space-y-2">
        <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
          <h2 id={`revision-${r.id}-title`} className="font-medium text-slate-900">#{r.id} {readableSummary(r.summary)}</h2>
          <span className="text-slate-600">
            {r.action === 'import' ? 'Loaded with the shipped data' : `${ACTION_LABELS[r.action]} ${kindNoun(r.entityType)} by ${r.authorName}`}, <time dateTime={r.createdAt}>{r.createdAt.slice(0, 16).replace('T', ' ')} UTC</time>
          </span>
        </header>
        <p className="flex flex-wrap gap-x-3 text-xs">
          {r.organization ? <Link href={`/organizations/${r.organization.slug}`} className="underline">{r.organization.acronym}</Link> : null}
          {r.state ? <Link href={`/countries/${r.state.code}`} className="underline">{r.state.name}</Link> : null}
          <Link href={`/history?entity=${r.entityType}&id=${r.entityId}`} className="underline">History of this record</Link>
          {r.revertsId ? <a href={`#revision-${r.revertsId}`} className="underline">Reverts #{r.revertsId}</a> : null}
        </p>
        {r.changes.length ? (
          <table className="w-full table-fixed text-left text-sm">
            <caption className="sr-only">What revision #{r.id} changed</caption>
            <thead><tr className="text-xs text-slate-600"><th scope="col" className="w-1/5">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
            <tbody>
              {r.changes.map((c) => (
                <tr key={c.field} className="align-top">
                  <th scope="row" className="pr-2 font-normal text-slate-700">{fieldWords(c.field)}</th>
                  <td className="whitespace-pre-wrap break-words pr-2"><del className="bg-red-50 text-red-900">{c.before}</del></td>
                  <td className="whitespace-pre-wrap break-words"><ins className="bg-emerald-50 text-emerald-900 no-underline">{c.after}</ins></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {canRevert && r.action !== 'import' ? (
          <details>
            <summary className="cursor-pointer text-sm underline">Revert #{r.id}</summary>
            <div className="mt-2">
              {!r.latestOfRecord ? <p className="mb-2 text-xs text-slate-600">A later revision changed this record; it must be reverted first.</p> : null}
              <LazyRevertForm action={revertRevisionAction.bind(null, r.id)} spec={{ submitLabel: `Revert #${r.id}`, fields: [{ kind: 'text', name: 'summary', label: 'Why revert? (optional)' }] }} />
            </div>
          </details>
        ) : null}
      </article>
    </li>
  );
}
