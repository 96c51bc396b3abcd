import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../revisions';
import { countRows, createTestDb, seedMinimal } from '../test-utils';
import { MutationError } from '../errors';
import { recordStatusChange } from './status-changes';

const editor = { id: 'user-1', name: 'Test Editor' };

describe('recordStatusChange', () => {
  it('writes the change, its citations and its revision in one transaction', () => {
    const db = createTestDb();
    const { org, rus, source } = seedMinimal(db);
    const id = recordStatusChange(db, editor, {
      organizationId: org.id, stateId: rus.id, status: 'observer', date: '2022-04-08', dateKind: 'asOf',
      citations: [{ sourceId: source.id, quote: "they're just an observer nation" }],
    });
    const revision = db.$client.prepare('select * from revision where entity_id = ?').get(id) as Record<string, string>;
    expect(revision.entity_type).toBe('statusChange');
    expect(revision.action).toBe('create');
    expect(revision.author_name).toBe('Test Editor');
    expect(revision.before).toBeNull();
    expect(readSnapshot('statusChange', revision.after!)).toMatchObject({ status: 'observer', date: '2022-04-08', citations: [{ quote: "they're just an observer nation" }] });
    expect(revision.summary).toContain('Russia: observer of TO as of 8 April 2022');
  });

  it('writes nothing when a citation fails half-way', () => {
    const db = createTestDb();
    const { org, rus, source } = seedMinimal(db);
    const before = countRows(db);
    expect(() =>
      recordStatusChange(db, editor, {
        organizationId: org.id, stateId: rus.id, status: 'member', date: '1999', dateKind: 'start',
        citations: [{ sourceId: source.id, quote: 'ok' }, { sourceId: 9999, quote: 'missing source' }],
      }),
    ).toThrow(MutationError);
    expect(countRows(db)).toEqual(before);
  });

  it('refuses a duplicate with a link to the existing change', () => {
    const db = createTestDb();
    const { org, rus, source } = seedMinimal(db);
    const input = { organizationId: org.id, stateId: rus.id, status: 'member' as const, date: '1999', dateKind: 'start' as const, citations: [{ sourceId: source.id, quote: 'q' }] };
    const id = recordStatusChange(db, editor, input);
    const before = countRows(db);
    try {
      recordStatusChange(db, editor, input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MutationError);
      expect((error as MutationError).kind).toBe('duplicate');
      expect((error as MutationError).details.existingId).toBe(id);
    }
    expect(countRows(db)).toEqual(before);
  });
});
