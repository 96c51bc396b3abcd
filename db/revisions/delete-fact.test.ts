import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as t from '../schema';
import { countRows, createTestDb, seedMinimal } from '../test-utils';
import { MutationError } from '../errors';
import { deleteInvitation, extendInvitation, resolveInvitation } from '../mutations/invitations';
import { deleteStatusChange, recordStatusChange } from '../mutations/status-changes';

const editor = { id: 'user-1', name: 'Test Editor' };

function acceptedInvitation() {
  const db = createTestDb();
  const { org, rus, source } = seedMinimal(db);
  const cite = [{ sourceId: source.id, quote: 'asked them to become a member nation' }];
  const invitationId = extendInvitation(db, editor, { organizationId: org.id, stateId: rus.id, invitedStatus: 'member', date: '2022-04-08', dateKind: 'on', citations: cite });
  const { changeId } = resolveInvitation(db, editor, invitationId, { outcome: 'accepted', outcomeDate: '2023-01', version: 1, citations: [{ sourceId: source.id, quote: 'Russia joined' }] });
  return { db, org, rus, source, invitationId, changeId: changeId!, cite };
}

describe('deleting a status change', () => {
  it('is refused while an accepted invitation points at it, saying which, and nothing changes', () => {
    const { db, invitationId, changeId } = acceptedInvitation();
    const before = countRows(db);
    const version = db.select().from(t.statusChanges).where(eq(t.statusChanges.id, changeId)).get()!.version;
    let error: unknown;
    try {
      deleteStatusChange(db, editor, changeId, { version, summary: 'recorded twice' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MutationError);
    expect((error as MutationError).kind).toBe('conflict');
    expect((error as MutationError).fieldErrors._form).toEqual([
      `This status change cannot be deleted: invitation #${invitationId} (TO invited Russia to become member) was accepted with it. Revert that acceptance or delete the invitation first, then delete this change.`,
    ]);
    expect(countRows(db)).toEqual(before);
    expect(db.select().from(t.invitations).where(eq(t.invitations.id, invitationId)).get()!.resultingChangeId).toBe(changeId);
  });

  it('goes ahead once the invitation is gone, and a change no invitation produced deletes as before', () => {
    const { db, org, rus, invitationId, changeId, cite } = acceptedInvitation();
    deleteInvitation(db, editor, invitationId, { version: 2, summary: 'recorded by mistake' });
    const version = db.select().from(t.statusChanges).where(eq(t.statusChanges.id, changeId)).get()!.version;
    deleteStatusChange(db, editor, changeId, { version, summary: 'recorded twice' });
    expect(db.select().from(t.statusChanges).where(eq(t.statusChanges.id, changeId)).get()).toBeUndefined();

    const other = recordStatusChange(db, editor, { organizationId: org.id, stateId: rus.id, status: 'observer', date: '2005', dateKind: 'start', citations: cite });
    deleteStatusChange(db, editor, other, { version: 1, summary: 'wrong organization' });
    expect(db.select().from(t.statusChanges).all()).toEqual([]);
  });
});
