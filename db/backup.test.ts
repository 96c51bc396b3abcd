import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { backupDatabase, inspectDatabase, knownMigrations, openForBackup, restoreDatabase, RestoreRefused, scheduledBackup, scheduledBackups } from './backup';
import { createTestDb, tempDatabasePath } from './test-utils';

// Another process writes one row per transaction and prints each id once it is committed.
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL'); db.pragma('busy_timeout = 5000');
const insert = db.prepare('insert into burst (payload) values (?)');
const payload = 'x'.repeat(500);
(function loop() { for (let i = 0; i < 20; i++) { const id = insert.run(payload).lastInsertRowid; process.stdout.write(id + '\\n'); } setImmediate(loop); })();
`;

describe('online backup', () => {
  it('copies every write acknowledged before it started while another process keeps writing, and the copy restores', async () => {
    const file = tempDatabasePath();
    const db = createTestDb(file);
    db.$client.exec('create table burst (id integer primary key, payload text not null)');
    // Enough pages that the copy takes several steps.
    const fill = db.$client.prepare('insert into burst (payload) values (?)');
    db.$client.transaction(() => {
      for (let i = 0; i < 20_000; i++) fill.run('y'.repeat(500));
    })();
    db.$client.close();

    const writer = spawn(process.execPath, ['-e', WRITER, file], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let acked = 0;
    const lines = readline.createInterface({ input: writer.stdout! });
    const enough = new Promise<void>((resolve) => lines.on('line', (line) => ((acked = Math.max(acked, Number(line))), acked >= 20_500 && resolve())));
    await enough;

    const target = path.join(path.dirname(file), 'copy.db');
    const ackedBeforeBackup = acked;
    const source = openForBackup(file);
    const result = await backupDatabase(source, target);
    source.close();
    writer.kill('SIGKILL');
    await new Promise((r) => writer.once('exit', r));

    expect(result).toMatchObject({ file: target, migration: knownMigrations().at(-1)!.tag });
    expect(inspectDatabase(target)).toMatchObject({ ok: true, integrity: 'ok' });

    const restored = tempDatabasePath();
    await restoreDatabase(target, restored);
    const copy = new Database(restored, { readonly: true });
    const ids = copy.prepare('select id from burst where id <= ? order by id').all(ackedBeforeBackup) as { id: number }[];
    expect(ids.length).toBe(ackedBeforeBackup);
    // One consistent state: the writer's commits up to some point, with no gap and nothing torn.
    const { n, last } = copy.prepare('select count(*) as n, max(id) as last from burst').get() as { n: number; last: number };
    expect(n).toBe(last);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('a schedule keeps the newest copies only', async () => {
    const db = createTestDb();
    const dir = path.join(path.dirname(tempDatabasePath()), 'backups');
    for (let i = 0; i < 4; i++) await scheduledBackup(db.$client, dir, 2, new Date(Date.UTC(2026, 0, 1, i)));
    expect(scheduledBackups(dir).map((f) => path.basename(f))).toEqual(['memberline-20260101T030000Z.db', 'memberline-20260101T020000Z.db']);
  });
});

describe('restore', () => {
  it('refuses a damaged file, a file that is not Memberline, and a newer schema, and changes nothing', async () => {
    const target = tempDatabasePath();
    const live = createTestDb(target);
    live.$client.exec("insert into auth_setting (key, value) values ('marker', 'live')");
    live.$client.close();
    const dir = path.dirname(target);

    const damaged = path.join(dir, 'damaged.db');
    const good = createTestDb(path.join(dir, 'good.db'));
    good.$client.exec('create table filler (x text); insert into filler select hex(randomblob(300)) from (with recursive c(n) as (select 1 union all select n + 1 from c where n < 2000) select n from c)');
    good.$client.pragma('wal_checkpoint(TRUNCATE)');
    good.$client.close();
    const bytes = fs.readFileSync(path.join(dir, 'good.db'));
    bytes.fill(0x41, 40_000, 60_000);
    fs.writeFileSync(damaged, bytes);

    const other = path.join(dir, 'other.db');
    new Database(other).exec('create table notes (x text)');

    const newer = path.join(dir, 'newer.db');
    const n = createTestDb(newer);
    n.$client.exec("insert into __drizzle_migrations (hash, created_at) values ('future', 9999999999999)");
    n.$client.close();

    const text = path.join(dir, 'text.db');
    fs.writeFileSync(text, 'not a database at all, just some text '.repeat(200));

    for (const [file, problem] of [
      [damaged, /damaged|not an SQLite database/],
      [other, /is not a Memberline database/],
      [newer, /newer version of Memberline/],
      [text, /not an SQLite database|cannot be opened/],
      [path.join(dir, 'missing.db'), /There is no file/],
    ] as const) {
      await expect(restoreDatabase(file, target), file).rejects.toThrow(problem);
      await expect(restoreDatabase(file, target)).rejects.toBeInstanceOf(RestoreRefused);
    }
    const after = new Database(target, { readonly: true });
    expect(after.prepare("select value from auth_setting where key = 'marker'").get()).toEqual({ value: 'live' });
    after.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
