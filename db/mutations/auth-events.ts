// The auth event log's rows: one written per event, the old ones pruned.
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { authEvents, type AuthEvent } from '../schema-auth';

export function insertAuthEvent(db: Db, row: Omit<AuthEvent, 'id'>): void {
  db.insert(authEvents).values(row).run();
}

/** Deletes events older than `before`, then the oldest beyond `maxRows`; returns how many went. */
export function pruneAuthEvents(db: Db, before: number, maxRows: number): number {
  let deleted = db.delete(authEvents).where(lt(authEvents.at, before)).run().changes;
  const newestKept = db.select({ id: authEvents.id }).from(authEvents).orderBy(sql`${authEvents.id} desc`).limit(1).offset(maxRows - 1).get();
  if (newestKept) deleted += db.delete(authEvents).where(lt(authEvents.id, newestKept.id)).run().changes;
  return deleted;
}
