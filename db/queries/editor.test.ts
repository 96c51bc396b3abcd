import { describe, expect, it } from 'vitest';
import { createTestDb, seedMinimal } from '../test-utils';
import * as t from '../schema';
import { listOrganizationOptions, listSourceOptions, listStateOptions } from './editor';

describe('the editing forms’ option lists', () => {
  it('label each record as a reader knows it, in reading order', () => {
    const db = createTestDb();
    const { org, rus, egy, source } = seedMinimal(db);
    const ext = db.insert(t.states).values({ code: 'odd-entity', name: 'Odd Entity', kind: 'entity' }).returning().get();
    const book = db.insert(t.sources).values({ title: 'A yearbook', publisher: 'A press', published: '1999', kind: 'document' }).returning().get();
    expect(listOrganizationOptions(db)).toEqual([{ value: String(org.id), label: 'TO: Test Organization' }]);
    expect(listStateOptions(db)).toEqual([
      { value: String(egy.id), label: 'Egypt (EGY)' },
      { value: String(ext.id), label: 'Odd Entity (odd-entity)' },
      { value: String(rus.id), label: 'Russia (RUS)' },
    ]);
    expect(listSourceOptions(db)).toEqual([
      { value: String(source.id), label: 'A source' },
      { value: String(book.id), label: 'A yearbook (A press, 1999)' },
    ]);
  });
});
