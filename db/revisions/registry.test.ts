import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { updateStatusChange } from '../mutations/status-changes';
import * as t from '../schema';
import { createTestDb, seedMinimal } from '../test-utils';
import { diffSnapshots } from './diff';
import { listRevisions } from './read';
import { isRecordKind, RECORD_KINDS, RECORD_KIND_NAMES, type RecordKind } from './registry';
import { readSnapshot, restoreSnapshot, takeSnapshot, UnreadableSnapshotError } from './snapshots';
import { editor, setup } from './test-fixtures';
import { touchedPaths, touchedRecords } from './touched';
import { mutate } from './write';

/** One record of every kind, each carrying at least one row (names, citations). */
function oneOfEach() {
  const db = createTestDb();
  const { org, rus, egy, source } = seedMinimal(db);
  db.insert(t.organizationNames).values({ organizationId: org.id, name: 'Old Test Organization', acronym: 'OTO', ended: '1990' }).run();
  db.insert(t.stateNames).values({ stateId: rus.id, name: 'Russian Federation' }).run();
  const change = db.insert(t.statusChanges).values({ organizationId: org.id, stateId: rus.id, status: 'member', date: '1992' }).returning().get();
  const invitation = db.insert(t.invitations).values({ organizationId: org.id, stateId: egy.id, invitedStatus: 'observer', date: '2001-05' }).returning().get();
  const claim = db.insert(t.countClaims).values({ organizationId: org.id, status: 'member', count: 57, date: '2020' }).returning().get();
  db.insert(t.citations).values([
    { sourceId: source.id, statusChangeId: change.id, quote: 'joined in 1992', locator: 'p. 3' },
    { sourceId: source.id, invitationId: invitation.id, quote: 'invited', givenDate: '2001' },
    { sourceId: source.id, countClaimId: claim.id, quote: '57 members' },
  ]).run();
  const ids: Record<RecordKind, number> = { organization: org.id, state: rus.id, source: source.id, statusChange: change.id, invitation: invitation.id, countClaim: claim.id };
  return { db, ids };
}

describe('the registry of record kinds', () => {
  it('has an entry for every kind of record the revision table names, and no other', () => {
    const kinds = t.revisions.entityType.enumValues.filter((k) => k !== 'import');
    expect([...RECORD_KIND_NAMES].sort()).toEqual([...kinds].sort());
    expect(isRecordKind('import')).toBe(false);
    expect(isRecordKind('toString')).toBe(false);
    expect(RECORD_KIND_NAMES.map((k) => RECORD_KINDS[k].noun)).toEqual(['organization', 'state', 'source', 'status change', 'invitation', 'count claim']);
  });

  it.each(RECORD_KIND_NAMES)('a %s snapshot reads back from its JSON exactly as it was taken, with its rows', (kind) => {
    const { db, ids } = oneOfEach();
    const taken = mutate(db, (tx) => takeSnapshot(tx, kind, ids[kind]))!;
    expect(taken.id).toBe(ids[kind]);
    const fields: Readonly<Record<string, unknown>> = taken;
    for (const key of Object.keys(RECORD_KINDS[kind].children)) expect(fields[key]).toHaveLength(1);
    expect(readSnapshot(kind, JSON.stringify(taken))).toEqual(taken);
  });

  it.each(RECORD_KIND_NAMES)('a %s removed and restored from its snapshot is the same record again, one version on', (kind) => {
    const { db, ids } = oneOfEach();
    const id = ids[kind];
    const taken = mutate(db, (tx) => takeSnapshot(tx, kind, id))!;
    const stored = readSnapshot(kind, JSON.stringify(taken));
    db.$client.pragma('foreign_keys = OFF');
    mutate(db, (tx) => restoreSnapshot(tx, kind, id, null, taken.version));
    expect(mutate(db, (tx) => takeSnapshot(tx, kind, id))).toBeNull();
    mutate(db, (tx) => restoreSnapshot(tx, kind, id, stored, null));
    const back = mutate(db, (tx) => takeSnapshot(tx, kind, id))!;
    expect(back.version).toBe(taken.version + 1);
    expect(diffSnapshots(kind, taken, back)).toEqual([]);
  });

  it('reads a source stored before sources had a standing, and restoring it leaves the standing as it is', () => {
    const { db, ids } = oneOfEach();
    db.update(t.sources).set({ standing: 'news' }).where(eq(t.sources.id, ids.source)).run();
    const old = { id: ids.source, url: 'https://example.org/a', title: 'The old title', publisher: null, author: null, published: null, retrieved: null, language: null, kind: 'article', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const stored = readSnapshot('source', JSON.stringify(old));
    expect(stored).toEqual(old);
    mutate(db, (tx) => restoreSnapshot(tx, 'source', ids.source, stored, 1));
    expect(db.select({ title: t.sources.title, standing: t.sources.standing, version: t.sources.version }).from(t.sources).where(eq(t.sources.id, ids.source)).get())
      .toEqual({ title: 'The old title', standing: 'news', version: 2 });
  });

  it('refuses a stored snapshot that does not fit the kind, naming the field', () => {
    expect(() => readSnapshot('statusChange', JSON.stringify({ id: 1, status: 'emperor' }))).toThrow(UnreadableSnapshotError);
    expect(() => readSnapshot('statusChange', JSON.stringify({ id: 1, status: 'emperor' }))).toThrow(/status/);
    expect(() => readSnapshot('organization', '{not json')).toThrow(/organization snapshot does not read: not JSON/);
    expect(readSnapshot('organization', null)).toBeNull();
  });
});

describe('the revision log', () => {
  it('knows which revision is the latest of its record, in one query for the whole page', () => {
    const { db, org, rus, id } = setup();
    for (const [version, date] of [[1, '2022-05'], [2, '2022-06'], [3, '2022-07']] as const) {
      updateStatusChange(db, editor, id, { organizationId: org.id, stateId: rus.id, status: 'observer', date, dateKind: 'asOf', version });
    }
    const prepare = db.$client.prepare.bind(db.$client);
    const statements: string[] = [];
    db.$client.prepare = ((sql: string) => (statements.push(sql), prepare(sql))) as typeof db.$client.prepare;
    const page = listRevisions(db, { entity: { type: 'statusChange', id } });
    db.$client.prepare = prepare;
    expect(statements).toHaveLength(1);
    expect(page.map((r) => [r.action, r.latestOfRecord])).toEqual([['update', true], ['update', false], ['update', false], ['create', false]]);
    expect(page[0]!.changes).toEqual([{ field: 'date', before: '2022-06', after: '2022-07' }]);
  });
});

describe('touched records', () => {
  it('a status change moved from one state to another touches its organization, both countries and its source', () => {
    const { db, org, rus, egy, source, id } = setup();
    updateStatusChange(db, editor, id, { organizationId: org.id, stateId: egy.id, status: 'observer', date: '2022-04-08', dateKind: 'asOf', version: 1 });
    const written = db.select().from(t.revisions).all();
    expect(touchedRecords(db, written.slice(-1))).toEqual({ organizations: [org.slug], countries: [egy.code, rus.code].sort(), sources: [source.id] });
    expect(touchedPaths(db, written.slice(-1))).toEqual([`/organizations/${org.slug}`, '/countries/egy', '/countries/rus', `/sources/${source.id}`]);
  });

  it('an organization renamed in its address touches the page under the old address and the new one', () => {
    const { db, ids } = oneOfEach();
    const before = mutate(db, (tx) => takeSnapshot(tx, 'organization', ids.organization))!;
    const revision = { entityType: 'organization' as const, entityId: ids.organization, organizationId: ids.organization, stateId: null, before: JSON.stringify(before), after: JSON.stringify({ ...before, slug: 'renamed-org' }) };
    db.update(t.organizations).set({ slug: 'renamed-org' }).where(eq(t.organizations.id, ids.organization)).run();
    expect(touchedRecords(db, [revision])).toEqual({ organizations: ['renamed-org', 'test-org'], countries: [], sources: [] });
  });
});
