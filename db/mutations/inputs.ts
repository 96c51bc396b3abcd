// Mutation inputs are what the forms' schemas output (`z.output`), so one type holds at both ends.
import type { CitationInput } from './citations';

/** `T` where callers other than the form (seed, imports, tests) may leave out the fields `K`. */
export type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** A fact's form with its citation rows as the citations to insert. */
export type Cited<T extends { citations: unknown }> = Omit<T, 'citations'> & { citations: CitationInput[] };
