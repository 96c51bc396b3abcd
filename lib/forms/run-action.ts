// The body every form action shares: editor check, parse with the form's schema, one mutation,
// and every failure answered in the form contract. Never a 500, never SQL or a stack in a reply.
import type { z } from 'zod';
import { expireAfterWrite } from '@/lib/cache/expire';
import { MutationError } from '@/db/errors';
import { AuthError, requireEditor, type CurrentUser } from '@/lib/auth/session';
import { formValues, parseWith, rowCount, type FormState } from './form-state';
import { answerSaved } from './saved';

export type Success = { redirectTo: string; errors?: never };
type Work<T> = (data: T, user: CurrentUser) => Success | FormState;

const UNEXPECTED = 'Something went wrong while saving; nothing was changed. Try again, and tell us if it keeps happening.';

/** "Add another row" buttons submit `intent=add:<group>`: the form comes back with one more row. */
function addRow(values: Record<string, string>, intent: string): FormState | null {
  const m = /^add:(citations|formerNames)$/.exec(intent);
  if (!m) return null;
  const group = m[1]!;
  const rows = Math.max(rowCount(values, group), Number(values[`_rows.${group}`]) || 1) + 1;
  return { errors: {}, message: null, values: { ...values, [`_rows.${group}`]: String(Math.min(rows, 10)) } };
}

export async function runFormAction<S extends z.ZodType>(formData: FormData, schema: S, work: Work<z.output<S>>, linkFor?: (e: MutationError) => FormState['link']): Promise<FormState> {
  const values = formValues(formData);
  let outcome: Success | FormState;
  try {
    const user = await requireEditor();
    const added = addRow(values, values.intent ?? '');
    if (added) return added;
    const parsed = parseWith(schema, values);
    if (!parsed.ok) return { errors: parsed.errors, message: 'Some fields need attention: see the messages beside them.', values };
    outcome = work(parsed.data, user);
  } catch (error) {
    if (error instanceof AuthError) return { errors: { _form: [error.message] }, message: error.message, values };
    if (error instanceof MutationError) {
      const errors = Object.keys(error.fieldErrors).length ? error.fieldErrors : { _form: [error.message] };
      return { errors, message: error.message, values, link: linkFor?.(error) ?? null };
    }
    console.error('form action failed:', error instanceof Error ? error.name : typeof error);
    return { errors: { _form: [UNEXPECTED] }, message: UNEXPECTED, values };
  }
  // Outside the try/catch: without JavaScript the answer is a redirect, and redirect() throws.
  if (!outcome.errors) {
    // The reader pages are cached: the save expires them before anyone reads on (lib/cache/expire.ts).
    await expireAfterWrite();
    return answerSaved(outcome.redirectTo, values);
  }
  return { ...outcome, values: Object.keys(outcome.values).length ? outcome.values : values };
}
