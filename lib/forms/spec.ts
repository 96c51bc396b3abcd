// A form described as data, so a server page can hand it to the one client form renderer. Typed by
// its schema: a field's `name` must be an input the schema reads, or the page does not compile.
import type { z } from 'zod';

/** `keywords`: other names the option is found by (former names, acronyms, codes). */
export type Option = { value: string; label: string; keywords?: string[] };

type Base<N extends string> = { name: N; label: string; hint?: string; required?: boolean; defaultValue?: string };

/** One input, named from `N`. */
export type FieldSpec<N extends string = string> =
  | (Base<N> & { kind: 'text' | 'url' | 'date' | 'number'; maxLength?: number })
  | (Base<N> & { kind: 'textarea'; maxLength?: number; rows?: number })
  | (Base<N> & { kind: 'select'; options: Option[]; placeholder?: string; searchable?: boolean })
  | (Base<N> & { kind: 'radio'; options: Option[] })
  | (Base<N> & { kind: 'checkbox' })
  | { kind: 'hidden'; name: N; value: string };

/** Repeated rows (`citations.0.quote`, `citations.1.quote`…): `G` names the list, `R` a row's inputs. */
export type GroupSpec<G extends string = string, R extends string = string> = {
  kind: 'group';
  name: G;
  legend: string;
  addLabel: string;
  fields: FieldSpec<R>[];
  rows?: number;
  defaults?: Partial<Record<R, string>>[];
};

/** The names a schema reads from a form. */
export type InputName<S extends z.ZodType> = Extract<keyof z.input<S>, string>;

/** A row's names, from the parsed rows (a list schema reads `unknown` before it checks the rows). */
type RowName<S extends z.ZodType, G> = G extends keyof z.output<S> ? (NonNullable<z.output<S>[G]> extends readonly (infer R)[] ? Extract<keyof R, string> : never) : never;

type GroupOf<S extends z.ZodType> = { [G in InputName<S>]: [RowName<S, G>] extends [never] ? never : GroupSpec<G, RowName<S, G>> }[InputName<S>];

/** A field of the form validated by schema `S`. */
export type FieldOf<S extends z.ZodType> = FieldSpec<InputName<S>> | GroupOf<S> | { kind: 'fieldset'; legend: string; fields: FieldOf<S>[] };

export type FormSpec<S extends z.ZodType> = { submitLabel: string; fields: FieldOf<S>[] };

/** Any form, as the renderer walks it. */
export type AnyField = FieldSpec | GroupSpec | { kind: 'fieldset'; legend: string; fields: AnyField[] };
export type AnyFormSpec = { submitLabel: string; fields: AnyField[] };
