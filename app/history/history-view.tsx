import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { organizationIdBySlug, stateIdByCode } from '@/db/queries/editor';
import { isRecordKind, listEditors, listRevisions, REVISIONS_PAGE_SIZE } from '@/db/revisions';
import { RevisionItem } from './revision-item';

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.length <= 200 ? v : undefined);

export const historyMetadata: Metadata = { title: 'History' };

/** The history of the record; `signedIn` adds revert forms (never in the cached view). */
export function HistoryView({ query: q, signedIn }: { query: Query; signedIn: boolean }) {
  const db = getDb();
  const org = one(q.org)?.trim().toLowerCase() || undefined;
  const state = one(q.state)?.trim().toLowerCase() || undefined;
  const editor = one(q.editor);
  const entityType = one(q.entity);
  const entityId = one(q.id);
  const before = one(q.before);
  const entity = isRecordKind(entityType) && entityId && /^[1-9]\d{0,11}$/.test(entityId)
    ? { type: entityType, id: Number(entityId) }
    : null;
  const orgId = organizationIdBySlug(db, org);
  const stateId = stateIdByCode(db, state);
  const unknown = (org && !orgId) || (state && !stateId);
  const revisions = unknown ? [] : listRevisions(db, { organizationId: orgId, stateId, editor, entity, before: before && /^\d{1,12}$/.test(before) ? Number(before) : null });
  const next = revisions.length === REVISIONS_PAGE_SIZE ? revisions.at(-1)!.id : null;
  const nextQuery = new URLSearchParams(Object.entries({ org, state, editor, entity: entity?.type, id: entity ? String(entity.id) : undefined, before: next ? String(next) : undefined }).filter((e): e is [string, string] => !!e[1]));

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">{entity ? 'History of one record' : 'History'}</h1>
        <p className="text-sm text-slate-700">Every change to the record, newest first, with what it changed. {signedIn ? 'Any revision can be reverted: the revert is a new revision.' : null}</p>
        {reverted(q.reverted)}
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          <label>
            <span className="block text-slate-700">Organization</span>
            <input name="org" defaultValue={org ?? ''} placeholder="e.g. OIC" aria-describedby="history-filter-hint" className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <label>
            <span className="block text-slate-700">Country or entity</span>
            <input name="state" defaultValue={state ?? ''} placeholder="e.g. RUS" aria-describedby="history-filter-hint" className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <label>
            <span className="block text-slate-700">Editor</span>
            <select name="editor" defaultValue={editor ?? ''} className="rounded border border-slate-400 px-2 py-1">
              <option value="">Anyone</option>
              {listEditors(db).map((e) => <option key={e}>{e}</option>)}
            </select>
          </label>
          {entity ? <><input type="hidden" name="entity" value={entity.type} /><input type="hidden" name="id" value={entity.id} /></> : null}
          <button className="rounded bg-slate-900 px-3 py-1.5 text-white">Filter</button>
          <p id="history-filter-hint" className="w-full text-xs text-slate-600">An organization by the acronym in its address (OIC, ICESCO); a country by its three-letter code (RUS, EGY).</p>
          {org || state || editor || entity ? <Link href="/history" className="underline">Show all</Link> : null}
        </form>
        {unknown ? <p role="alert" className="text-sm text-red-800">No organization has that acronym, or no country that code.</p> : null}
      </header>
      {revisions.length === 0 ? <p>No revisions match.</p> : (
        <ol className="space-y-4">
          {revisions.map((r) => <RevisionItem key={r.id} revision={r} canRevert={signedIn} />)}
        </ol>
      )}
      {next ? <p><Link href={`/history?${nextQuery}`} className="underline">Older revisions</Link></p> : null}
    </article>
  );
}

function reverted(value: string | string[] | undefined) {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return null;
  return <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-2 text-sm">Reverted: revision #{value} restores the earlier state.</p>;
}
