// Snapshots of a record: taken from the database, read back from a revision (checked against the
// record's columns), and restored by a revert. Nothing else reads a revision's JSON.
import { eq, getTableColumns } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { ChildRows } from './children';
import { RECORD_KINDS, type RecordKind, type Snapshot, type StoredSnapshot } from './registry';
import { rowShape } from './row-schema';
import type { Tx } from './write';

export type { Snapshot, StoredSnapshot } from './registry';

type Fields = Readonly<Record<string, unknown>>;
type Entry = { table: SQLiteTable & { id: AnySQLiteColumn }; children: Record<string, ChildRows<unknown>> };

/** The registry entry of a kind, seen through what every kind has in common. */
const entryOf = (kind: RecordKind): Entry => RECORD_KINDS[kind];

/** The record as it is now, with the rows it carries; null if there is no such record. */
export function takeSnapshot<K extends RecordKind>(tx: Tx, kind: K, id: number): Snapshot<K> | null {
  const { table, children } = entryOf(kind);
  const row = tx.select().from(table).where(eq(table.id, id)).get();
  if (!row) return null;
  const snapshot: Record<string, unknown> = { ...row };
  for (const [key, rows] of Object.entries(children)) snapshot[key] = rows.read(tx, id);
  return snapshot as Snapshot<K>;
}

export class UnreadableSnapshotError extends Error {
  constructor(kind: RecordKind, reason: string) {
    super(`A stored ${RECORD_KINDS[kind].noun} snapshot does not read: ${reason}`);
    this.name = 'UnreadableSnapshotError';
  }
}

const schemas = new Map<RecordKind, z.ZodType>();

function storedSchema(kind: RecordKind): z.ZodType {
  let schema = schemas.get(kind);
  if (!schema) {
    const { table, children } = entryOf(kind);
    const childShape = Object.fromEntries(Object.entries(children).map(([key, rows]) => [key, z.array(rows.schema)]));
    schema = z.object({ ...rowShape(table), ...childShape }).partial();
    schemas.set(kind, schema);
  }
  return schema;
}

/** A snapshot as a revision stored it (null stays null), checked against the kind's columns. */
export function readSnapshot<K extends RecordKind>(kind: K, json: string | null): StoredSnapshot<K> | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new UnreadableSnapshotError(kind, 'not JSON');
  }
  const parsed = storedSchema(kind).safeParse(value);
  if (!parsed.success) throw new UnreadableSnapshotError(kind, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data as StoredSnapshot<K>;
}

const KEPT_BY_THE_DATABASE = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/**
 * Puts a record back as a snapshot describes it (null: the record is removed). The version moves
 * forward so that forms opened before the restore see it as a newer save.
 */
export function restoreSnapshot<K extends RecordKind>(tx: Tx, kind: K, id: number, snapshot: StoredSnapshot<K> | null, currentVersion: number | null): void {
  if (snapshot === null) deleteRecord(tx, kind, id);
  else restore(tx, entryOf(kind), id, snapshot, currentVersion);
}

/** Removes a record; the rows it carries go with it (the schema cascades). */
export function deleteRecord(tx: Tx, kind: RecordKind, id: number): void {
  const { table } = entryOf(kind);
  tx.delete(table).where(eq(table.id, id)).run();
}

/** Marks a record as saved again (its carried rows changed): the next version, now. */
export function bumpVersion(tx: Tx, kind: RecordKind, id: number, version: number): void {
  const { table } = entryOf(kind);
  tx.update(table).set({ version, updatedAt: new Date().toISOString() }).where(eq(table.id, id)).run();
}

function restore(tx: Tx, { table, children }: Entry, id: number, snapshot: Fields, currentVersion: number | null): void {
  const columns = Object.keys(getTableColumns(table)).filter((c) => !KEPT_BY_THE_DATABASE.has(c) && c in snapshot);
  const values = Object.fromEntries(columns.map((c) => [c, snapshot[c]]));
  const version = Math.max(currentVersion ?? 0, Number(snapshot.version) || 0) + 1;
  const updatedAt = new Date().toISOString();
  if (currentVersion === null) tx.insert(table).values({ ...values, id, version, updatedAt }).run();
  else tx.update(table).set({ ...values, version, updatedAt }).where(eq(table.id, id)).run();
  for (const [key, rows] of Object.entries(children)) {
    const stored = snapshot[key];
    rows.write(tx, id, Array.isArray(stored) ? stored : []);
  }
}
