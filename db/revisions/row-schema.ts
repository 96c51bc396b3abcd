// A zod schema read off a Drizzle table's columns, so that a snapshot is checked against the same
// columns its type is inferred from: a new column needs no second declaration.
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';

function columnSchema(column: SQLiteColumn): z.ZodType {
  const values = column.enumValues;
  const base = column.dataType === 'number' ? z.number()
    : column.dataType === 'boolean' ? z.boolean()
      : values && values.length ? z.enum(values as [string, ...string[]])
        : z.string();
  return column.notNull ? base : base.nullable();
}

/** Every column of the table, as the row `$inferSelect` describes. */
export function rowShape(table: SQLiteTable): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(getTableColumns(table)).map(([key, column]) => [key, columnSchema(column)]));
}

/** The schema of one row of the table; a row of this table type-checks as its inferred select type. */
export function rowSchema<T extends SQLiteTable>(table: T, extra: Record<string, z.ZodType> = {}): z.ZodType<T['$inferSelect']> {
  return z.object({ ...rowShape(table), ...extra }) as z.ZodType<T['$inferSelect']>;
}

/**
 * A row as an older revision may have stored it: columns added since (a source's standing) are
 * absent, and restoring such a snapshot leaves them as they are.
 */
export function storedRowSchema<T extends SQLiteTable>(table: T): z.ZodType<Partial<T['$inferSelect']>> {
  return z.object(rowShape(table)).partial() as z.ZodType<Partial<T['$inferSelect']>>;
}
