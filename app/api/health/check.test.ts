import { describe, expect, it } from 'vitest';
import { knownMigrations } from '@/db/backup';
import { createTestDb } from '@/db/test-utils';
import { checkHealth } from './check';

describe('health', () => {
  it('is ok when the database answers and every migration is applied', () => {
    const db = createTestDb();
    const known = knownMigrations().length;
    expect(checkHealth(() => db.$client)).toEqual({ status: 'ok', database: 'ok', migrations: { applied: known, known, current: true } });
  });

  it('is unavailable when a migration is missing, the database is closed, or the server is stopping', () => {
    const db = createTestDb();
    db.$client.exec('delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)');
    expect(checkHealth(() => db.$client)).toMatchObject({ status: 'unavailable', migrations: { applied: knownMigrations().length - 1, current: false } });
    const closed = createTestDb();
    closed.$client.close();
    expect(checkHealth(() => closed.$client)).toMatchObject({ status: 'unavailable', database: 'unreachable', problem: 'The database cannot be read.' });
    expect(checkHealth(() => createTestDb().$client, true)).toMatchObject({ status: 'unavailable', problem: 'The server is shutting down.' });
  });
});
