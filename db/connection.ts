// Opening a database file: for the server's one connection (db/client.ts), scripts and tests.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export function databasePath(): string {
  return process.env.DATABASE_PATH || path.join(process.cwd(), 'data', 'memberline.db');
}

/** Pragmas every connection needs; better-sqlite3 reopens WAL files with synchronous=NORMAL. */
export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A page cache of 64 MiB (SQLite's default is 2 MiB): an organization's or a country's rows stay
  // in memory however large the rest of the database grows.
  sqlite.pragma('cache_size = -65536');
}

/** Opens a database file, sets its pragmas and applies pending migrations. */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  applyPragmas(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
