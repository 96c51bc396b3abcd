// The auth event log: sign-ins, failures, refusals and account changes. Also one JSON line on the
// server's log per event (never a password, token or stack).
import type { Db } from '@/db/client';
import { insertAuthEvent } from '@/db/mutations/auth-events';
import type { AuthEvent } from '@/db/schema-auth';

export type AuthEventInput = Omit<AuthEvent, 'id' | 'at' | 'userId' | 'email' | 'ip' | 'detail'> &
  Partial<Pick<AuthEvent, 'userId' | 'email' | 'ip' | 'detail'>>;

export function logAuthEvent(db: Db, event: AuthEventInput, now: number = Date.now()): void {
  const row = { at: now, kind: event.kind, userId: event.userId ?? null, email: event.email ?? null, ip: event.ip ?? null, detail: event.detail?.slice(0, 500) ?? null };
  try {
    insertAuthEvent(db, row);
  } catch {
    // Logging must never turn a refusal into a different error.
  }
  const line = JSON.stringify({ auth: row.kind, at: new Date(now).toISOString(), user: row.userId, ip: row.ip, detail: row.detail });
  if (row.kind === 'refused' || row.kind === 'sign-in-failed' || row.kind === 'sign-in-throttled') console.warn(line);
  else console.info(line);
}
