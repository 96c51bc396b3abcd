// The rows a snapshot carries with its record: an organization's former names, a state's other
// names, a fact's citations. Each knows how to read them, check them and write them back.
import { eq, getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import * as t from '../schema';
import { rowSchema } from './row-schema';
import type { Tx } from './write';

export type ChildRows<Row> = {
  schema: z.ZodType<Row>;
  read(tx: Tx, recordId: number): Row[];
  /** Replaces the record's rows by these (new ids; the rows' content as stored). */
  write(tx: Tx, recordId: number, rows: readonly Row[]): void;
};

export type StateName = typeof t.stateNames.$inferSelect;
/** A citation as a snapshot keeps it: with the title and address of its source, for a reader. */
export type SnapshotCitation = t.Citation & { sourceTitle: string; sourceUrl: string | null };
export type FactColumn = 'statusChangeId' | 'invitationId' | 'countClaimId';

export const formerNames: ChildRows<t.OrganizationName> = {
  schema: rowSchema(t.organizationNames),
  read: (tx, id) => tx.select().from(t.organizationNames).where(eq(t.organizationNames.organizationId, id)).orderBy(t.organizationNames.id).all(),
  write(tx, id, rows) {
    tx.delete(t.organizationNames).where(eq(t.organizationNames.organizationId, id)).run();
    for (const n of rows) tx.insert(t.organizationNames).values({ organizationId: id, name: n.name, acronym: n.acronym, ended: n.ended }).run();
  },
};

export const otherNames: ChildRows<StateName> = {
  schema: rowSchema(t.stateNames),
  read: (tx, id) => tx.select().from(t.stateNames).where(eq(t.stateNames.stateId, id)).orderBy(t.stateNames.id).all(),
  write(tx, id, rows) {
    tx.delete(t.stateNames).where(eq(t.stateNames.stateId, id)).run();
    for (const n of rows) tx.insert(t.stateNames).values({ stateId: id, name: n.name }).run();
  },
};

const citationSchema = rowSchema(t.citations, { sourceTitle: z.string(), sourceUrl: z.string().nullable() }) as z.ZodType<SnapshotCitation>;

/** A fact's citations, which point at it by `column`; `ref` is what a new citation of it carries. */
export function citationsOf<C extends FactColumn>(column: C): ChildRows<SnapshotCitation> & { column: C; ref(id: number): Record<C, number> } {
  return {
    column,
    ref: (id) => ({ [column]: id }) as Record<C, number>,
    schema: citationSchema,
    read: (tx, id) =>
      tx
        .select({ ...getTableColumns(t.citations), sourceTitle: t.sources.title, sourceUrl: t.sources.url })
        .from(t.citations)
        .innerJoin(t.sources, eq(t.sources.id, t.citations.sourceId))
        .where(eq(t.citations[column], id))
        .orderBy(t.citations.id)
        .all(),
    write(tx, id, rows) {
      tx.delete(t.citations).where(eq(t.citations[column], id)).run();
      for (const c of rows) tx.insert(t.citations).values({ sourceId: c.sourceId, [column]: id, quote: c.quote, locator: c.locator, givenDate: c.givenDate }).run();
    },
  };
}
