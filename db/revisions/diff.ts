// A readable difference between two snapshots of one record, field by field. Pure: no database.
import { RECORD_KINDS, type RecordKind, type StoredSnapshot } from './registry';

export type FieldChange = { field: string; before: string; after: string };

const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(showItem).join('\n') : '—';
  return String(value);
}

/** One carried row: a citation (source, quote, locator, date it gives) or a name. */
function showItem(item: unknown): string {
  if (!item || typeof item !== 'object') return String(item);
  const o: Readonly<Record<string, unknown>> = { ...item };
  if ('quote' in o || 'sourceId' in o) {
    const source = typeof o.sourceTitle === 'string' ? o.sourceTitle : `source ${String(o.sourceId)}`;
    const parts = [source];
    if (o.quote) parts.push(`“${String(o.quote)}”`);
    if (o.locator) parts.push(`(${String(o.locator)})`);
    if (o.givenDate) parts.push(`gives ${String(o.givenDate)}`);
    return parts.join(' ');
  }
  return [o.name, o.acronym ? `(${String(o.acronym)})` : null, o.ended ? `until ${String(o.ended)}` : null].filter(Boolean).join(' ');
}

export function diffSnapshots<K extends RecordKind>(kind: K, before: StoredSnapshot<K> | null, after: StoredSnapshot<K> | null): FieldChange[] {
  const labels: Readonly<Record<string, string | undefined>> = RECORD_KINDS[kind].labels;
  const a: Readonly<Record<string, unknown>> = before ?? {};
  const b: Readonly<Record<string, unknown>> = after ?? {};
  const changes: FieldChange[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (IGNORED.has(key)) continue;
    const was = show(a[key]);
    const is = show(b[key]);
    if (was !== is) changes.push({ field: labels[key] ?? key, before: was, after: is });
  }
  return changes;
}

export function describeChanges(changes: FieldChange[]): string {
  return changes.map((c) => `${c.field}: ${c.before.replace(/\n/g, '; ')} → ${c.after.replace(/\n/g, '; ')}`).join('; ');
}
