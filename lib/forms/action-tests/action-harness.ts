// Runs a form action against a test database and reports what it answered and what it wrote.
import fc from 'fast-check';
import { expect } from 'vitest';
import { countRows } from '@/db/test-utils';
import type { Db } from '@/db/client';
import type { FormState } from '@/lib/forms/form-state';

export type ActionSpec = {
  name: string;
  run: (prev: FormState, formData: FormData) => Promise<FormState>;
  base: Record<string, string>;
  /** Field name → generator of values that field must refuse. */
  bad: Record<string, fc.Arbitrary<string>>;
};

export function toFormData(values: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

export const initial: FormState = { errors: {}, message: null, values: {} };

/** Bad inputs: one to three fields of a valid submission replaced by bad values. */
export function badSubmission(spec: ActionSpec) {
  const fields = Object.keys(spec.bad);
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((f) => spec.bad[f]!.map((v) => [f, v] as const))))
    .map((pairs) => ({ ...spec.base, ...Object.fromEntries(pairs) }));
}

export async function checkBadInputs(db: Db, spec: ActionSpec, numRuns: number): Promise<{ runs: number; ms: number }> {
  const before = countRows(db);
  const start = performance.now();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(badSubmission(spec), async (values) => {
      runs++;
      const state = await spec.run(initial, toFormData(values));
      const fieldKeys = Object.keys(state.errors).filter((k) => k !== '_form');
      expect(fieldKeys.length, `${spec.name}: no field error for ${JSON.stringify(values).slice(0, 300)} → ${JSON.stringify(state.errors)}`).toBeGreaterThan(0);
      for (const k of fieldKeys) expect(state.errors[k]!.length).toBeGreaterThan(0);
      // Everything typed comes back.
      for (const [k, v] of Object.entries(values)) expect(state.values[k]).toBe(v);
      expect(countRows(db)).toEqual(before);
    }),
    { numRuns },
  );
  return { runs, ms: performance.now() - start };
}
