'use server';
import { getDb } from '@/db/client';
import { expireAfterWrite } from '@/lib/cache/expire';
import { MutationError } from '@/db/errors';
import { recordFromArticle, type ArticleFact } from '@/db/mutations/record-from-article';
import { AuthError, requireEditor } from '@/lib/auth/session';
import { extractCandidates } from '@/lib/extract/extract';
import { loadGazetteer } from '@/lib/extract/gazetteer-db';
import { checkAgainstRecord } from '@/lib/extract/record-check';
import { formValues, issuesToErrors, parseWith, type FieldErrors, type FormState } from '@/lib/forms/form-state';
import { answerSaved } from '@/lib/forms/saved';
import { candidateValues, factIndexes } from './candidates';
import { articleSchema, factSchema } from '@/lib/validation/article';

const MAX_CANDIDATES = 60;
const UNEXPECTED = 'Something went wrong; nothing was saved. Try again, and tell us if it keeps happening.';

function sourceValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('facts.')));
}

export async function articleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let savedSource: number;
  try {
    const user = await requireEditor();
    const article = parseWith(articleSchema, sourceValues(values));
    if (!article.ok) return { errors: article.errors, message: 'Some fields need attention: see the messages beside them.', values };
    const db = getDb();
    const { url, title, publisher, published, language, text } = article.data;
    if (values.intent !== 'save') {
      const gazetteer = loadGazetteer(db);
      const found = extractCandidates(text, gazetteer, { lang: language, published }).slice(0, MAX_CANDIDATES);
      const rows = candidateValues(found.map((candidate) => ({ candidate, check: checkAgainstRecord(db, candidate) })));
      const message = found.length ? `${found.length} candidate ${found.length === 1 ? 'fact' : 'facts'} found. Tick the ones to keep, correct any field, then save.` : 'No membership fact found in this text.';
      return { errors: {}, message, values: { ...sourceValues(values), ...rows } };
    }
    const errors: FieldErrors = {};
    const kept: { index: number; fact: ArticleFact }[] = [];
    for (const i of factIndexes(values)) {
      if (values[`facts.${i}.keep`] !== 'on') continue;
      const row = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith(`facts.${i}.`)).map(([k, v]) => [k.slice(`facts.${i}.`.length), v]));
      const parsed = factSchema.safeParse(row);
      if (!parsed.success) {
        for (const [field, messages] of Object.entries(issuesToErrors(parsed.error.issues))) errors[`facts.${i}.${field === '_form' ? 'kind' : field}`] = messages;
      } else kept.push({ index: i, fact: parsed.data });
    }
    if (Object.keys(errors).length) return { errors, message: 'Nothing was saved: some kept facts need attention (see the messages beside them).', values };
    if (kept.length === 0) return { errors: { _form: ['Tick “Keep” for at least one candidate.'] }, message: 'Nothing was saved: no candidate is kept.', values };
    savedSource = recordFromArticle(db, { id: user.id, name: user.name }, { source: { url, title, publisher, published, language }, facts: kept });
  } catch (error) {
    if (error instanceof AuthError) return { errors: { _form: [error.message] }, message: error.message, values };
    if (error instanceof MutationError) return { errors: Object.keys(error.fieldErrors).length ? error.fieldErrors : { _form: [error.message] }, message: error.message, values };
    console.error('record from article failed:', error instanceof Error ? error.name : typeof error);
    return { errors: { _form: [UNEXPECTED] }, message: UNEXPECTED, values };
  }
  await expireAfterWrite();
  return answerSaved(`/sources/${savedSource}?recorded=article`, values);
}
