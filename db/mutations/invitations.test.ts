import { describe, expect, it } from 'vitest';
import { countRows, createTestDb, seedMinimal } from '../test-utils';
import { MutationError } from '../errors';
import { extendInvitation, resolveInvitation } from './invitations';

const editor = { id: 'user-1', name: 'Test Editor' };

describe('a pending invitation recorded twice', () => {
  it('is refused with a pointer to the one on record, and nothing is written', () => {
    const db = createTestDb();
    const { org, rus, source } = seedMinimal(db);
    const input = { organizationId: org.id, stateId: rus.id, invitedStatus: 'member' as const, date: '2022-04-08', dateKind: 'by' as const, citations: [{ sourceId: source.id, quote: 'invited' }] };
    const first = extendInvitation(db, editor, input);
    const before = countRows(db);
    let error: unknown = null;
    try { extendInvitation(db, editor, { ...input, date: '2023' }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(MutationError);
    expect((error as MutationError).kind).toBe('duplicate');
    expect((error as MutationError).details.existingId).toBe(first);
    expect((error as MutationError).fieldErrors.invitedStatus).toHaveLength(1);
    expect(countRows(db)).toEqual(before);
  });

  it('is accepted for another status, or once the first is resolved', () => {
    const db = createTestDb();
    const { org, rus, source } = seedMinimal(db);
    const input = { organizationId: org.id, stateId: rus.id, invitedStatus: 'member' as const, date: '2022-04-08', dateKind: 'by' as const, citations: [{ sourceId: source.id, quote: 'invited' }] };
    const first = extendInvitation(db, editor, input);
    expect(extendInvitation(db, editor, { ...input, invitedStatus: 'observer' })).toBeGreaterThan(first);
    resolveInvitation(db, editor, first, { outcome: 'declined', outcomeDate: '2023', version: 1, citations: [{ sourceId: source.id, quote: 'declined' }] });
    expect(extendInvitation(db, editor, { ...input, date: '2024' })).toBeGreaterThan(first);
  });
});
