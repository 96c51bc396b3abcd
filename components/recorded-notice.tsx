import { getDb } from '@/db/client';
import { readRevisions } from '@/db/revisions';

const KINDS = {
  'status-change': { entity: 'statusChange', what: 'Status change recorded' },
  invitation: { entity: 'invitation', what: 'Invitation recorded' },
  'count-claim': { entity: 'countClaim', what: 'Count claim recorded' },
  correction: { entity: null, what: 'Correction saved' },
  deletion: { entity: null, what: 'Deleted' },
  citation: { entity: null, what: 'Citation added' },
  'invitation-outcome': { entity: null, what: 'Invitation outcome recorded' },
} as const;

type Kind = keyof typeof KINDS;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** The confirmation after a save, naming what was recorded: "Status change recorded: Russia …". */
export function RecordedNotice({ query }: { query: Record<string, string | string[] | undefined> }) {
  const kind = one(query.recorded);
  if (!kind || !(kind in KINDS)) return null;
  const { entity, what } = KINDS[kind as Kind];
  const id = Number(one(query.id));
  const summary = entity && Number.isSafeInteger(id) && id > 0 ? readRevisions(getDb(), { entity: { type: entity, id } }, 1)[0]?.revision.summary : null;
  return (
    <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p><strong>{what}</strong>{summary ? `: ${summary}.` : '.'}</p>
    </div>
  );
}
