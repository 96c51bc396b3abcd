// Fresh databases for tests: a file in a temporary folder, migrated, optionally seeded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from './connection';
import * as t from './schema';

export function tempDatabasePath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-test-')), 'test.db');
}

export function createTestDb(file = tempDatabasePath()): Db {
  return openDatabase(file);
}

/** A minimal world: one organization, two states, one source. */
export function seedMinimal(db: Db) {
  const org = db.insert(t.organizations).values({ slug: 'test-org', acronym: 'TO', name: 'Test Organization', founded: '1969' }).returning().get();
  const rus = db.insert(t.states).values({ code: 'rus', name: 'Russia', iso2: 'RU', iso3: 'RUS', kind: 'iso' }).returning().get();
  const egy = db.insert(t.states).values({ code: 'egy', name: 'Egypt', iso2: 'EG', iso3: 'EGY', kind: 'iso' }).returning().get();
  const source = db.insert(t.sources).values({ url: 'https://example.org/a', title: 'A source', kind: 'article' }).returning().get();
  return { org, rus, egy, source };
}

export function countRows(db: Db): Record<string, number> {
  const tables = ['organization', 'state', 'source', 'status_change', 'invitation', 'count_claim', 'citation', 'revision'];
  return Object.fromEntries(tables.map((name) => [name, (db.$client.prepare(`select count(*) as n from ${name}`).get() as { n: number }).n]));
}
