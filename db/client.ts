// The server's one connection. Never bundled for the browser: a client component that imports this
// (or a query that does) fails the build. Scripts and tests open files through db/connection.ts.
import 'server-only';
import { openDatabase, type Db } from './connection';

export type { Db };

const globalForDb = globalThis as unknown as { memberlineDb?: Db };

/** The one connection of this process. */
export function getDb(): Db {
  globalForDb.memberlineDb ??= openDatabase();
  return globalForDb.memberlineDb;
}
