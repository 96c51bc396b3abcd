// What a refused form tells the editor: one message per field, in the order of the form, each
// linked to its field; a citation without a source points to the address and title it needs.
import type { FieldErrors } from '@/lib/forms/form-state';
import type { AnyField } from '@/lib/forms/spec';

export const NEEDS_SOURCE = 'Give the new source’s address and title, or pick a source on record.';

/** The id of a field's control, from its input name (`citations.0.url` → `field-citations-0-url`). */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}

/**
 * A row that names no source is told at its address and title, the fields it lacks, not at the
 * select; every field keeps only its first message.
 */
export function displayErrors(errors: FieldErrors, values: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const row = /^citations\.(\d+)\.sourceId$/.exec(key);
    const blank = (field: string) => !values[`citations.${row![1]}.${field}`]?.trim();
    if (row && !values[key]?.trim() && blank('url') && blank('title')) {
      out[`citations.${row[1]}.url`] ??= [NEEDS_SOURCE];
      out[`citations.${row[1]}.title`] ??= [NEEDS_SOURCE];
      continue;
    }
    if (messages[0]) out[key] = [messages[0]];
  }
  return out;
}

/** Every field's input name and label, in the order the form shows them. */
export function fieldLabels(fields: AnyField[], rowsOf: (group: string, declared: number) => number, prefix = '', legend = ''): [string, string][] {
  return fields.flatMap((f): [string, string][] => {
    if (f.kind === 'hidden') return [];
    if (f.kind === 'fieldset') return fieldLabels(f.fields, rowsOf, prefix, legend);
    if (f.kind === 'group') {
      const rows = rowsOf(f.name, Math.max(f.rows ?? 1, f.defaults?.length ?? 0));
      return Array.from({ length: rows }, (_, i) => fieldLabels(f.fields, rowsOf, `${f.name}.${i}.`, `${f.legend} ${i + 1}: `)).flat();
    }
    return [[prefix + f.name, legend + f.label]];
  });
}

export type SummaryEntry = { name: string; id: string; label: string; message: string };

/** The summary's entries: fields in the form's order, then any field the form does not show. */
export function summaryEntries(errors: FieldErrors, labels: [string, string][]): SummaryEntry[] {
  const known = new Map(labels);
  const ordered = [...labels.map(([name]) => name).filter((n) => errors[n]?.length), ...Object.keys(errors).filter((n) => n !== '_form' && !known.has(n) && errors[n]?.length)];
  return ordered.map((name) => ({ name, id: fieldId(name), label: known.get(name) ?? name, message: errors[name]![0]! }));
}
