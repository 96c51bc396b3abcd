import { describe, expect, it } from 'vitest';
import { deleteStatusChange, updateStatusChange } from '../mutations/status-changes';
import { countRows } from '../test-utils';
import { revertRevision } from './revert';
import { editor, other, revisionsOf, setup, thrown } from './test-fixtures';

describe('revert', () => {
  it('restores the record as it was before an edit, as a new revision', () => {
    const { db, org, rus, id } = setup();
    updateStatusChange(db, editor, id, { organizationId: org.id, stateId: rus.id, status: 'member', date: '2022-04-08', dateKind: 'asOf', version: 1 });
    const edit = revisionsOf(db, id).at(-1)!;
    revertRevision(db, other, edit.id);
    expect(db.$client.prepare('select status, version from status_change where id = ?').get(id)).toEqual({ status: 'observer', version: 3 });
    expect(revisionsOf(db, id).map((r) => r.action)).toEqual(['create', 'update', 'revert']);
    expect(db.$client.prepare('select count(*) as n from citation where status_change_id = ?').get(id)).toEqual({ n: 1 });
  });

  it('is refused while a later revision of the same record depends on it', () => {
    const { db, org, rus, id } = setup();
    updateStatusChange(db, editor, id, { organizationId: org.id, stateId: rus.id, status: 'member', date: '2022-04-08', dateKind: 'asOf', version: 1 });
    const [create, edit] = revisionsOf(db, id);
    const before = countRows(db);
    const error = thrown(() => revertRevision(db, other, create!.id));
    expect(error.message).toContain(`Revision #${edit!.id}`);
    expect(error.message).toContain('revert it first');
    expect(countRows(db)).toEqual(before);
  });

  it('brings a deleted change back with its citations', () => {
    const { db, id } = setup();
    deleteStatusChange(db, editor, id, { version: 1, summary: 'recorded twice' });
    expect(db.$client.prepare('select count(*) as n from status_change').get()).toEqual({ n: 0 });
    revertRevision(db, editor, revisionsOf(db, id).at(-1)!.id);
    expect(db.$client.prepare('select status, date from status_change where id = ?').get(id)).toEqual({ status: 'observer', date: '2022-04-08' });
    expect(db.$client.prepare('select quote from citation where status_change_id = ?').all(id)).toEqual([{ quote: "they're just an observer nation" }]);
  });
});

