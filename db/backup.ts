// Online backups through SQLite's backup API, never by copying the live file: the copy is one
// consistent state of the database even while the app serves and writes. Restores check the copy
// (integrity, and migrations this code knows) before anything is replaced.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from './connection';

type Journal = { entries: { when: number; tag: string }[] };

/** The migrations this code ships, oldest first. */
export function knownMigrations(folder = MIGRATIONS_FOLDER): { when: number; tag: string }[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries.map((e) => ({ when: e.when, tag: e.tag }));
}

export type Inspection = { ok: true; integrity: 'ok'; migration: string; pending: number } | { ok: false; problem: string };

/** Whether a database file is whole and is a Memberline database this code can run. */
export function inspectDatabase(file: string, folder = MIGRATIONS_FOLDER): Inspection {
  if (!fs.existsSync(file)) return { ok: false, problem: `There is no file at ${file}.` };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, problem: `${file} cannot be opened as an SQLite database.` };
  }
  try {
    let rows: { integrity_check: string }[];
    try {
      rows = db.pragma('integrity_check') as { integrity_check: string }[];
    } catch {
      return { ok: false, problem: `${file} is not an SQLite database (or is damaged beyond checking).` };
    }
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      return { ok: false, problem: `${file} is damaged: integrity_check says ${rows.slice(0, 3).map((r) => r.integrity_check).join('; ')}.` };
    }
    const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!hasTable) return { ok: false, problem: `${file} is not a Memberline database: it records no migrations.` };
    const applied = (db.prepare('select created_at as at from __drizzle_migrations order by created_at').all() as { at: number }[]).map((r) => Number(r.at));
    const known = knownMigrations(folder);
    const unknown = applied.filter((at) => !known.some((k) => k.when === at));
    if (unknown.length > 0) {
      return { ok: false, problem: `${file} was written by a newer version of Memberline (${unknown.length} migration${unknown.length === 1 ? '' : 's'} this code does not know). Restore it with the version that made it.` };
    }
    const latest = known.filter((k) => applied.includes(k.when)).at(-1);
    if (!latest) return { ok: false, problem: `${file} is not a Memberline database: none of its migrations are known.` };
    return { ok: true, integrity: 'ok', migration: latest.tag, pending: known.length - applied.length };
  } finally {
    db.close();
  }
}

const ALL_PAGES = 1_000_000_000;

export type BackupResult = { file: string; bytes: number; migration: string };

/**
 * Copies a live database into `target` with the online backup API, checks the copy, and only then
 * gives it its name (a half-written copy never carries the target's name).
 */
export async function backupDatabase(source: Database.Database, target: string): Promise<BackupResult> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  try {
    // After the first step, the rest in one step: a step holds a read snapshot (WAL lets writers go
    // on), while many small steps would restart each time another connection writes.
    await source.backup(partial, { progress: () => ALL_PAGES });
    // The copy is a single file: leave it in rollback mode so that it needs no -wal beside it.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const check = inspectDatabase(partial);
    if (!check.ok) throw new Error(`The copy failed its check: ${check.problem}`);
    fs.renameSync(partial, target);
    return { file: target, bytes: fs.statSync(target).size, migration: check.migration };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** Opens the live database for a backup without changing it (no migrations, no pragmas but a wait). */
export function openForBackup(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

export type RestoreResult = { file: string; migration: string; pending: number; previous: string | null };

/**
 * Replaces the database at `target` with the backup at `backup`, after checking the backup. The
 * database that was there is kept beside it first (`<target>.before-restore-<time>`). Writing goes
 * through the backup API into the target, so its -wal and -shm files stay consistent.
 */
export async function restoreDatabase(backup: string, target: string, now = new Date()): Promise<RestoreResult> {
  const check = inspectDatabase(backup);
  if (!check.ok) throw new RestoreRefused(check.problem);
  if (path.resolve(backup) === path.resolve(target)) throw new RestoreRefused('The backup and the database are the same file.');
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}`;
    const current = openForBackup(target);
    try {
      await current.backup(previous, { progress: () => ALL_PAGES });
    } finally {
      current.close();
    }
  }
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const after = inspectDatabase(target);
  if (!after.ok) throw new Error(`The restored database failed its check: ${after.problem}`);
  return { file: target, migration: after.migration, pending: after.pending, previous };
}

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/** Backup files of the schedule, newest first. */
export function scheduledBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /^memberline-\d{8}T\d{6}Z\.db$/.test(f)).sort().reverse().map((f) => path.join(dir, f));
}

/** One scheduled backup into `dir`, then the oldest beyond `keep` removed. */
export async function scheduledBackup(source: Database.Database, dir: string, keep: number, now = new Date()): Promise<BackupResult & { removed: string[] }> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const result = await backupDatabase(source, path.join(dir, `memberline-${stamp}Z.db`));
  const removed = scheduledBackups(dir).slice(Math.max(1, keep));
  for (const file of removed) fs.rmSync(file, { force: true });
  return { ...result, removed };
}
