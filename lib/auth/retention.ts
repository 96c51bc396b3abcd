// Keeps the auth bookkeeping bounded: throttle counters that block nothing and are forgotten
// anyway, auth events past their retention, and the oldest events beyond the row cap.
import type { Db } from '@/db/client';
import { pruneAuthEvents } from '@/db/mutations/auth-events';
import { AUTH_EVENT_MAX_ROWS, AUTH_EVENT_RETENTION_MS } from './policy';
import { pruneThrottles } from './throttle';

export type Pruned = { throttles: number; events: number };

export function pruneAuthRecords(db: Db, now: number, limits = { retentionMs: AUTH_EVENT_RETENTION_MS, maxRows: AUTH_EVENT_MAX_ROWS }): Pruned {
  const throttles = pruneThrottles(db, now);
  const events = pruneAuthEvents(db, now - limits.retentionMs, limits.maxRows);
  return { throttles, events };
}
