// The one list of record kinds a revision can be about: for each, its table, the rows its snapshot
// carries, the words for its fields, the public pages that show it, and what depends on it.
import { count, eq } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as t from '../schema';
import { citationsOf, formerNames, otherNames, type ChildRows } from './children';
import type { Tx } from './write';

/** Every kind of revision but the bulk loads of shipped data ("import"), which have no record. */
export type RecordKind = Exclude<t.Revision['entityType'], 'import'>;

type KindTable = SQLiteTable & { id: AnySQLiteColumn };
type ChildrenOf<C> = { [N in keyof C]: C[N] extends ChildRows<infer Row> ? Row[] : never };
type Stored<Table extends KindTable, C> = Partial<Table['$inferSelect'] & ChildrenOf<C>>;

/**
 * The records whose public pages show a record: organizations (by id or slug), states (by id or
 * code) and sources. Both the snapshot before a change and the one after are asked.
 */
export type RecordRefs = { organizationIds?: (number | null | undefined)[]; organizationSlugs?: (string | undefined)[]; stateIds?: (number | null | undefined)[]; stateCodes?: (string | undefined)[]; sourceIds?: (number | undefined)[] };

type KindSpec<Table extends KindTable, C extends Record<string, ChildRows<unknown>>> = {
  table: Table;
  /** The rows that a snapshot carries with the record, under these keys. */
  children: C;
  /** What a reader calls one record of this kind. */
  noun: string;
  /** How a field is named in a list of changes, where its column name would not do. */
  labels: { [F in keyof (Table['$inferSelect'] & C)]?: string };
  /** The records whose public pages show this one. */
  shownOn(snapshot: Stored<Table, C>): RecordRefs;
  /** Why removing this record would leave others without footing, or null. */
  dependents(tx: Tx, id: number): string | null;
};

function kind<Table extends KindTable, C extends Record<string, ChildRows<unknown>>>(spec: KindSpec<Table, C>) {
  return spec;
}

const n = (q: { n: number } | undefined) => q?.n ?? 0;
const facts = (k: number, what: string) => (k ? `${k} recorded fact${k === 1 ? '' : 's'} ${what}; revert or delete them first.` : null);
const FACT_LABELS = { organizationId: 'organization', stateId: 'state', dateKind: 'date kind' } as const;
const factShownOn = (s: { organizationId?: number; stateId?: number; citations?: { sourceId: number }[] }): RecordRefs => ({
  organizationIds: [s.organizationId], stateIds: [s.stateId], sourceIds: (s.citations ?? []).map((c) => c.sourceId),
});

export const RECORD_KINDS = {
  organization: kind({
    table: t.organizations,
    children: { formerNames },
    noun: 'organization',
    labels: { parentId: 'parent', cowId: 'COW id', cowNumber: 'COW number', wikidataId: 'Wikidata id', formerNames: 'former names' },
    shownOn: (s) => ({ organizationIds: [s.id, s.parentId], organizationSlugs: [s.slug] }),
    dependents: (tx, id) => facts(
      n(tx.select({ n: count() }).from(t.statusChanges).where(eq(t.statusChanges.organizationId, id)).get())
        + n(tx.select({ n: count() }).from(t.invitations).where(eq(t.invitations.organizationId, id)).get())
        + n(tx.select({ n: count() }).from(t.countClaims).where(eq(t.countClaims.organizationId, id)).get()),
      'belong to this organization',
    ),
  }),
  state: kind({
    table: t.states,
    children: { otherNames },
    noun: 'state',
    labels: { otherNames: 'other names', iso2: 'ISO alpha-2', iso3: 'ISO alpha-3', cowCode: 'COW code', cowKey: 'COW key', successorId: 'successor' },
    shownOn: (s) => ({ stateIds: [s.id, s.successorId], stateCodes: [s.code] }),
    dependents: (tx, id) => facts(
      n(tx.select({ n: count() }).from(t.statusChanges).where(eq(t.statusChanges.stateId, id)).get())
        + n(tx.select({ n: count() }).from(t.invitations).where(eq(t.invitations.stateId, id)).get()),
      'concern this state',
    ),
  }),
  source: kind({
    table: t.sources,
    children: {},
    noun: 'source',
    labels: {},
    shownOn: (s) => ({ sourceIds: [s.id] }),
    dependents(tx, id) {
      const cited = n(tx.select({ n: count() }).from(t.citations).where(eq(t.citations.sourceId, id)).get());
      return cited ? `${cited} citation${cited === 1 ? '' : 's'} use this source; revert them first.` : null;
    },
  }),
  statusChange: kind({
    table: t.statusChanges,
    children: { citations: citationsOf('statusChangeId') },
    noun: 'status change',
    labels: FACT_LABELS,
    shownOn: factShownOn,
    dependents(tx, id) {
      const invitation = tx.select({ id: t.invitations.id }).from(t.invitations).where(eq(t.invitations.resultingChangeId, id)).get();
      return invitation ? `Invitation #${invitation.id} was accepted with this change; revert that acceptance first.` : null;
    },
  }),
  invitation: kind({
    table: t.invitations,
    children: { citations: citationsOf('invitationId') },
    noun: 'invitation',
    labels: { ...FACT_LABELS, invitedStatus: 'invited status', outcomeDate: 'outcome date', resultingChangeId: 'resulting change' },
    shownOn: factShownOn,
    dependents: () => null,
  }),
  countClaim: kind({
    table: t.countClaims,
    children: { citations: citationsOf('countClaimId') },
    noun: 'count claim',
    labels: FACT_LABELS,
    shownOn: factShownOn,
    dependents: () => null,
  }),
} satisfies { [K in RecordKind]: unknown };

type Registry = typeof RECORD_KINDS;
/** The kinds of fact: the records that cite sources. */
export type FactKind = { [K in RecordKind]: Registry[K]['children'] extends { citations: unknown } ? K : never }[RecordKind];

/** A record as a revision stores it: its row and the rows it carries (names, citations). */
export type Snapshot<K extends RecordKind> = Registry[K]['table']['$inferSelect'] & ChildrenOf<Registry[K]['children']>;
/** A snapshot read back from a revision; one stored before a column was added lacks that column. */
export type StoredSnapshot<K extends RecordKind> = Partial<Snapshot<K>>;

export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && Object.hasOwn(RECORD_KINDS, value);
}

/** What a reader calls a record of this kind ("status change"); an import is named as such. */
export function kindNoun(kind: t.Revision['entityType']): string {
  return isRecordKind(kind) ? RECORD_KINDS[kind].noun : kind;
}
