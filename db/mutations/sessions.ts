// Writes to stored sessions: ending one, noting its last use, starting its clock at sign-in.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions } from '../schema-auth';

export function deleteSession(db: Db, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function touchSession(db: Db, id: string, at: Date): void {
  db.update(sessions).set({ updatedAt: at }).where(eq(sessions.id, id)).run();
}

/** A new session's created and last-used times, on the caller's clock. */
export function startSessionClock(db: Db, token: string, at: Date): void {
  db.update(sessions).set({ createdAt: at, updatedAt: at }).where(eq(sessions.token, token)).run();
}
