// A readable difference between two snapshots of one record, field by field.
import type { Snapshot } from './snapshots';

export type FieldChange = { field: string; before: string; after: string };

const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

export const FIELD_LABELS: Record<string, string> = {
  organizationId: 'organization', stateId: 'state', dateKind: 'date kind', invitedStatus: 'invited status',
  outcomeDate: 'outcome date', resultingChangeId: 'resulting change', parentId: 'parent', cowId: 'COW id',
  cowNumber: 'COW number', wikidataId: 'Wikidata id', formerNames: 'former names', otherNames: 'other names',
  iso2: 'ISO alpha-2', iso3: 'ISO alpha-3', cowCode: 'COW code', cowKey: 'COW key', successorId: 'successor',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(showItem).join('\n') : '—';
  return String(value);
}

function showItem(item: unknown): string {
  if (!item || typeof item !== 'object') return String(item);
  const o = item as Record<string, unknown>;
  if ('quote' in o || 'sourceId' in o) {
    const source = (o.sourceTitle as string | undefined) ?? `source ${String(o.sourceId)}`;
    const parts = [source];
    if (o.quote) parts.push(`“${String(o.quote)}”`);
    if (o.locator) parts.push(`(${String(o.locator)})`);
    if (o.givenDate) parts.push(`gives ${String(o.givenDate)}`);
    return parts.join(' ');
  }
  return [o.name, o.acronym ? `(${String(o.acronym)})` : null, o.ended ? `until ${String(o.ended)}` : null].filter(Boolean).join(' ');
}

export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const a = show(before?.[key]);
    const b = show(after?.[key]);
    if (a !== b) changes.push({ field: FIELD_LABELS[key] ?? key, before: a, after: b });
  }
  return changes;
}

export function describeChanges(changes: FieldChange[]): string {
  return changes.map((c) => `${c.field}: ${c.before.replace(/\n/g, '; ')} → ${c.after.replace(/\n/g, '; ')}`).join('; ');
}
