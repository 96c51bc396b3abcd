// The one contract every form action returns, and the helpers that read FormData into it.
import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

export type FormState = {
  errors: FieldErrors;
  message: string | null;
  /** What was submitted, so the form can put it back (React 19 resets a form after an action). */
  values: Record<string, string>;
  /** A record the message points to, e.g. the change this one duplicates. */
  link?: { href: string; label: string } | null;
  /** Where a successful save sends the editor: the form goes there itself (see `answerSaved`). */
  redirectTo?: string;
};

export const initialFormState: FormState = { errors: {}, message: null, values: {} };

const MAX_VALUE_LENGTH = 200_000;

/** FormData as flat strings, without Next's own `$ACTION` keys; files are not accepted. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || key in values) continue;
    // A huge value is kept only as far as needed to say it is too long.
    values[key] = typeof value === 'string' ? value.slice(0, MAX_VALUE_LENGTH) : '';
  }
  return values;
}

/** `citations.0.quote` → { citations: [{ quote }] }. */
export function nestValues(values: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split('.');
    if (parts.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype')) continue;
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const index = /^\d{1,2}$/.test(part) ? Number(part) : null;
      if (Array.isArray(node) !== (index !== null)) break;
      const slot = (node as Record<string | number, unknown>)[index ?? part];
      if (last) {
        if (slot === undefined) (node as Record<string | number, unknown>)[index ?? part] = value;
        break;
      }
      if (slot === undefined || typeof slot !== 'object' || slot === null) {
        const next = /^\d{1,2}$/.test(parts[i + 1]!) ? [] : {};
        (node as Record<string | number, unknown>)[index ?? part] = next;
        node = next;
      } else node = slot as Record<string, unknown>;
    }
  }
  for (const [key, value] of Object.entries(root)) if (Array.isArray(value)) root[key] = Array.from(value, (v) => v ?? {});
  return root;
}

/** zod issues as field errors keyed by input name (`citations.0.quote`). */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form';
    (errors[key] ??= []).includes(issue.message) || errors[key].push(issue.message);
  }
  return errors;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseWith<S extends z.ZodType>(schema: S, values: Record<string, string>): Parsed<z.output<S>> {
  const result = schema.safeParse(nestValues(values));
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(result.error.issues) };
}

/** How many rows of a repeated group (`citations.N.…`) the submitted values hold. */
export function rowCount(values: Record<string, string>, group: string, minimum = 1): number {
  let max = -1;
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${group}\\.(\\d{1,2})\\.`).exec(key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Math.max(minimum, max + 1);
}
