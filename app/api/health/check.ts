// What a load balancer asks: can this process read its database, and has it applied every
// migration this code ships? Never a stack or a path in the answer.
import type Database from 'better-sqlite3';
import { knownMigrations } from '@/db/backup';

export type Health = { status: 'ok' | 'unavailable'; database: 'ok' | 'unreachable'; migrations: { applied: number; known: number; current: boolean }; problem?: string };

export function checkHealth(sqlite: () => Database.Database, shuttingDown = false): Health {
  const shipped = knownMigrations();
  const known = shipped.length;
  let applied = 0;
  try {
    const db = sqlite();
    const done = new Set((db.prepare('select created_at as at from __drizzle_migrations').all() as { at: number }[]).map((r) => Number(r.at)));
    applied = shipped.filter((m) => done.has(m.when)).length;
  } catch {
    return { status: 'unavailable', database: 'unreachable', migrations: { applied: 0, known, current: false }, problem: 'The database cannot be read.' };
  }
  const current = applied === known;
  const problem = shuttingDown ? 'The server is shutting down.' : current ? undefined : `The database has ${applied} of ${known} migrations.`;
  return { status: problem ? 'unavailable' : 'ok', database: 'ok', migrations: { applied, known, current }, ...(problem ? { problem } : {}) };
}
