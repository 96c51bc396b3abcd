import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { tempDatabasePath } from './test-utils';

function pragmas(file: string) {
  const db = openDatabase(file);
  const read = (name: string) => db.$client.pragma(name, { simple: true });
  const result = { journal: read('journal_mode'), synchronous: read('synchronous'), foreignKeys: read('foreign_keys'), busy: read('busy_timeout') };
  return { db, result };
}

describe('every connection', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const file = tempDatabasePath();
    const { db, result } = pragmas(file);
    expect(result).toEqual({ journal: 'wal', synchronous: 2, foreignKeys: 1, busy: 5000 });
    db.$client.close();
  });

  it('sets them again on a reopened WAL database', () => {
    const file = tempDatabasePath();
    const first = openDatabase(file);
    first.$client.close();
    const { db, result } = pragmas(file);
    expect(result).toEqual({ journal: 'wal', synchronous: 2, foreignKeys: 1, busy: 5000 });
    db.$client.close();
  });

  it('applies the migrations: the tables exist and foreign keys are enforced', () => {
    const { db } = pragmas(tempDatabasePath());
    const tables = (db.$client.prepare("select name from sqlite_master where type='table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['organization', 'state', 'status_change', 'invitation', 'count_claim', 'source', 'citation', 'revision']));
    expect(() => db.$client.prepare("insert into status_change (organization_id, state_id, status, date) values (999, 999, 'member', '1972')").run()).toThrow(/FOREIGN KEY/);
    db.$client.close();
  });
});
