// Keeps the auth bookkeeping bounded: throttle counters that block nothing and are forgotten
// anyway, auth events past their retention, and the oldest events beyond the row cap.
import { lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authEvents } from '@/db/schema-auth';
import { AUTH_EVENT_MAX_ROWS, AUTH_EVENT_RETENTION_MS } from './policy';
import { pruneThrottles } from './throttle';

export type Pruned = { throttles: number; events: number };

export function pruneAuthRecords(db: Db, now: number, limits = { retentionMs: AUTH_EVENT_RETENTION_MS, maxRows: AUTH_EVENT_MAX_ROWS }): Pruned {
  const throttles = pruneThrottles(db, now);
  let events = db.delete(authEvents).where(lt(authEvents.at, now - limits.retentionMs)).run().changes;
  const newestKept = db.select({ id: authEvents.id }).from(authEvents).orderBy(sql`${authEvents.id} desc`).limit(1).offset(limits.maxRows - 1).get();
  if (newestKept) events += db.delete(authEvents).where(lt(authEvents.id, newestKept.id)).run().changes;
  return { throttles, events };
}
