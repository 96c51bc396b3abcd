// A database that imported COW before the official lists: loading them afterwards leaves one start per
// spell, the COW year as a citation on it, and a second load changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { WEAKEST_STANDING } from '@/lib/domain/statuses';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../client';
import { countRows, createTestDb } from '../../test-utils';
import { FACTS_FOLDER, listFactsFiles, seedIsoStates } from '../index';
import { importCow } from '../cow/import';
import { factsFileSchema } from '../facts-file';
import { loadFacts } from '../load-facts';
import { loadOfficialFiles } from './load';
import { reconcileWithCow } from './reconcile';
import { citationsOf } from './test-helpers';

let db: Db;
let first: { cited: number; removed: number };

beforeAll(() => {
  db = createTestDb();
  seedIsoStates(db);
  for (const name of listFactsFiles()) {
    const file = factsFileSchema.parse(JSON.parse(fs.readFileSync(path.join(FACTS_FOLDER, name), 'utf8')));
    db.transaction((tx) => loadFacts(tx, file, name));
  }
  importCow(db);
  loadOfficialFiles(db);
  first = reconcileWithCow(db);
});

describe('official lists loaded after the COW import', () => {
  it('turns COW’s start into a citation on the official start', () => {
    expect(first.cited).toBeGreaterThan(100);
    expect(citationsOf(db, 'un', 'blr', '1991')).toEqual([]);
    expect(citationsOf(db, 'un', 'blr', '1945-10-24').map((c) => c.givenDate)).toContain('1991');
    expect(citationsOf(db, 'un', 'deu', '1965')).toEqual([]);
  });
  it('rests no change an official list cites only on the weakest kind of source', () => {
    const weak = db.$client.prepare(`select o.slug || ' ' || st.code || ' ' || sc.status || ' ' || sc.date as fact from status_change sc
      join organization o on o.id = sc.organization_id join state st on st.id = sc.state_id
      where exists (select 1 from citation c join source s on s.id = c.source_id where c.status_change_id = sc.id and s.standing is not null)
        and not exists (select 1 from citation c join source s on s.id = c.source_id
          where c.status_change_id = sc.id and coalesce(s.standing, case when s.kind = 'dataset' then 'dataset' end, '') not in ('', ?))`).all(WEAKEST_STANDING);
    expect(weak).toEqual([]);
  });

  it('changes nothing when loaded and reconciled again', () => {
    const before = countRows(db);
    loadOfficialFiles(db);
    expect(reconcileWithCow(db)).toEqual({ cited: 0, removed: 0 });
    expect(countRows(db)).toEqual(before);
  });
});
