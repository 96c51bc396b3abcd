// Shared by the tests of edits and reverts: two editors and one recorded status change with its citation.
import { expect } from 'vitest';
import { MutationError } from '../errors';
import { recordStatusChange } from '../mutations/status-changes';
import { createTestDb, seedMinimal } from '../test-utils';

export const editor = { id: 'user-1', name: 'Test Editor' };
export const other = { id: 'user-2', name: 'Other Editor' };

export function thrown(fn: () => unknown): MutationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MutationError);
    return error as MutationError;
  }
  throw new Error('expected a MutationError');
}

/** A minimal world with one status change (an observer, cited once) recorded by `editor`. */
export function setup() {
  const db = createTestDb();
  const world = seedMinimal(db);
  const id = recordStatusChange(db, editor, {
    organizationId: world.org.id, stateId: world.rus.id, status: 'observer', date: '2022-04-08', dateKind: 'asOf',
    citations: [{ sourceId: world.source.id, quote: "they're just an observer nation" }],
  });
  return { db, ...world, id };
}

export const revisionsOf = (db: ReturnType<typeof createTestDb>, id: number) =>
  db.$client.prepare("select * from revision where entity_type = 'statusChange' and entity_id = ? order by id").all(id) as { id: number; action: string; summary: string }[];
