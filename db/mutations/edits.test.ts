import { describe, expect, it } from 'vitest';
import { countRows } from '../test-utils';
import { editor, other, revisionsOf, setup, thrown } from '../revisions/test-fixtures';
import { revertRevision } from '../revisions';
import { addCitations } from './facts';
import { extendInvitation, resolveInvitation } from './invitations';
import { createSource } from './sources';
import { recordStatusChange, updateStatusChange } from './status-changes';

describe('editing a status change', () => {
  it('two saves from the same version: exactly one succeeds, the other is told what changed', () => {
    const { db, org, rus, id } = setup();
    const base = { organizationId: org.id, stateId: rus.id, dateKind: 'asOf' as const, version: 1 };
    updateStatusChange(db, editor, id, { ...base, status: 'member', date: '2022-04-08' });
    const rowsAfterFirst = countRows(db);
    const error = thrown(() => updateStatusChange(db, other, id, { ...base, status: 'observer', date: '2022-04', note: 'mine' }));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('status: observer → member');
    expect(error.message).toContain('Test Editor');
    expect(countRows(db)).toEqual(rowsAfterFirst);
    const row = db.$client.prepare('select status, date, note, version from status_change where id = ?').get(id);
    expect(row).toEqual({ status: 'member', date: '2022-04-08', note: null, version: 2 });
  });

  it('refuses a date before the organization was founded, saying so', () => {
    const { db, org, rus, id } = setup();
    const error = thrown(() => updateStatusChange(db, editor, id, { organizationId: org.id, stateId: rus.id, status: 'observer', date: '1950', dateKind: 'start', version: 1 }));
    expect(error.fieldErrors.date?.[0]).toBe('TO was founded in 1969; 1950 is before that.');
  });

  it('accepting another citation’s date keeps the old date on the citations that gave it', () => {
    const { db, org, rus, source, id } = setup();
    addCitations(db, editor, 'statusChange', id, [{ sourceId: source.id, quote: 'observer since 2020', givenDate: '2020' }]);
    const cited = db.$client.prepare('select id from citation where given_date = ?').get('2020') as { id: number };
    updateStatusChange(db, editor, id, { organizationId: org.id, stateId: rus.id, status: 'observer', date: '2022-04-08', dateKind: 'asOf', version: 2, acceptedCitationId: cited.id });
    expect(db.$client.prepare('select date from status_change where id = ?').get(id)).toEqual({ date: '2020' });
    expect(db.$client.prepare('select quote, given_date from citation order by id').all()).toEqual([
      { quote: "they're just an observer nation", given_date: '2022-04-08' },
      { quote: 'observer since 2020', given_date: null },
    ]);
  });
});

describe('sources and invitations', () => {
  it('a URL already on record reuses that source, inline or through the source form', () => {
    const { db, org, egy, source } = setup();
    const id = recordStatusChange(db, editor, {
      organizationId: org.id, stateId: egy.id, status: 'member', date: '1970', dateKind: 'start',
      citations: [{ newSource: { url: source.url, title: 'Another title' }, quote: 'q' }],
    });
    expect(db.$client.prepare('select source_id from citation where status_change_id = ?').get(id)).toEqual({ source_id: source.id });
    expect(createSource(db, editor, { url: source.url, title: 'x', kind: 'article' })).toEqual({ id: source.id, reused: true });
    expect(db.$client.prepare('select count(*) as n from source').get()).toEqual({ n: 1 });
  });

  it('accepting an invitation records the status change and links the two', () => {
    const { db, org, rus, source } = setup();
    const inv = extendInvitation(db, editor, {
      organizationId: org.id, stateId: rus.id, invitedStatus: 'member', date: '2022-04-08', dateKind: 'by',
      citations: [{ sourceId: source.id, quote: 'we have asked them to become a member nation of ICESCO' }],
    });
    const { changeId } = resolveInvitation(db, editor, inv, { outcome: 'accepted', outcomeDate: '2023', version: 1, citations: [{ sourceId: source.id, quote: 'joined' }] });
    expect(changeId).not.toBeNull();
    expect(db.$client.prepare('select outcome, outcome_date, resulting_change_id from invitation where id = ?').get(inv)).toEqual({ outcome: 'accepted', outcome_date: '2023', resulting_change_id: changeId });
    expect(db.$client.prepare('select status, date from status_change where id = ?').get(changeId)).toEqual({ status: 'member', date: '2023' });
    const createOfChange = revisionsOf(db, changeId!)[0]!;
    expect(thrown(() => revertRevision(db, editor, createOfChange.id)).message).toContain(`Invitation #${inv} was accepted with this change`);
  });
});
