'use client';
import { useActionState } from 'react';
import { Field, inputClass } from '@/components/form/field';
import { useSavedNavigation } from '@/components/form/use-saved-navigation';
import { initialFormState } from '@/lib/forms/form-state';
import { articleAction } from './actions';
import { CandidateRow } from './candidate-row';
import { factIndexes } from './candidates';

export function ArticleForm() {
  const [state, action, sending] = useActionState(articleAction, initialFormState);
  const pending = useSavedNavigation(state) || sending;
  const v = state.values;
  const e = state.errors;
  const facts = factIndexes(v);
  const text = (name: string, label: string, required = false, type = 'text', hint?: string) => (
    <Field id={`article-${name}`} label={label} required={required} errors={e[name]} hint={hint}>
      {(aria) => <input {...aria} name={name} type={type} defaultValue={v[name] ?? ''} className={inputClass} />}
    </Field>
  );
  return (
    <form action={action} className="space-y-4" noValidate>
      {e._form?.length ? <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">{e._form.join(' ')}</p> : null}
      {state.message && !e._form?.length ? <p role="status" className="text-sm text-slate-800">{state.message}</p> : null}
      {text('url', 'Address', true, 'url')}
      {text('title', 'Title', true)}
      {text('publisher', 'Publisher')}
      {text('published', 'Publication date', true, 'text', 'YYYY-MM-DD: relative dates such as “on Thursday” are read against it.')}
      <Field id="article-language" label="Language" required errors={e.language}>
        {(aria) => (
          <select {...aria} name="language" defaultValue={v.language ?? 'en'} className={inputClass}>
            <option value="en">English</option>
            <option value="fr">French</option>
          </select>
        )}
      </Field>
      <Field id="article-text" label="Article text" required errors={e.text}>
        {(aria) => <textarea {...aria} name="text" rows={10} defaultValue={v.text ?? ''} className={inputClass} />}
      </Field>
      <button type="submit" name="intent" value="extract" disabled={pending} className="rounded bg-slate-800 px-3 py-1.5 text-white">
        Find the facts
      </button>
      {facts.length ? (
        <section aria-labelledby="candidates-heading" className="space-y-3">
          <h2 id="candidates-heading" className="text-xl font-semibold">Candidate facts</h2>
          <ol className="space-y-3">
            {facts.map((i) => (
              <CandidateRow key={`${i}-${v[`facts.${i}.quote`]}`} index={i} values={v} errors={e} />
            ))}
          </ol>
          <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-blue-800 px-3 py-1.5 text-white">
            Save the kept facts
          </button>
        </section>
      ) : null}
    </form>
  );
}
