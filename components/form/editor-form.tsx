'use client';
// The one form renderer: posts to a Server Action (works without JavaScript), puts back what was
// typed, and with JavaScript checks each field with the same schema the server uses.
import Link from 'next/link';
import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { formValues, initialFormState, issuesToErrors, nestValues, rowCount, type FieldErrors, type FormState } from '@/lib/forms/form-state';
import { displayErrors, fieldId, fieldLabels, summaryEntries } from './error-list';
import { ErrorSummary } from './error-summary';
import { Field, inputClass } from './field';
import { Picker } from './picker';
import { useSavedNavigation } from './use-saved-navigation';
import type { z } from 'zod';
import type { AnyField, AnyFormSpec, FormSpec } from '@/lib/forms/spec';

let answers = 0;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type FormProps<S extends z.ZodType> = { action: Action; spec: FormSpec<S>; danger?: boolean };

/**
 * The form of one schema, for a 'use client' module of its own: a page that renders it gets its
 * field names checked against the schema, and ships this schema alone to the browser.
 */
export function formFor<S extends z.ZodType>(schema: S) {
  return function SchemaForm({ spec, ...props }: FormProps<S>) {
    return <EditorForm schema={schema} spec={spec as AnyFormSpec} {...props} />;
  };
}

function EditorForm({ action, schema, spec, danger = false }: { action: Action; schema: z.ZodType; spec: AnyFormSpec; danger?: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const navigating = useSavedNavigation(state);
  const [live, setLive] = useState<{ generation: number; errors: FieldErrors }>({ generation: 0, errors: {} });
  const touched = useRef({ generation: 0, names: new Set<string>() });
  const formRef = useRef<HTMLFormElement>(null);
  // A new answer from the server remounts the fields so they show what it sent back.
  const generation = useMemo(() => ++answers, [state]);
  // What the editor changes after an answer is checked live; the rest shows the server's answer.
  if (touched.current.generation !== generation) touched.current = { generation, names: new Set() };
  const hasValues = Object.keys(state.values).length > 0;

  function check(name?: string) {
    if (!formRef.current) return;
    if (name) touched.current.names.add(name);
    const values = formValues(new FormData(formRef.current));
    const result = schema.safeParse(nestValues(values));
    const all = result.success ? {} : displayErrors(issuesToErrors(result.error.issues), values);
    setLive({ generation, errors: Object.fromEntries(Object.entries(all).filter(([k]) => touched.current.names.has(k))) });
  }

  // A field loses focus when the pointer presses a button or option elsewhere. Showing or clearing
  // its messages then would move that target before the press ends, and the browser would drop the
  // click (a corrected form's Save would send nothing): such a check waits until the press is over.
  const pressing = useRef(false);
  function pressStarted() {
    pressing.current = true;
    const end = () => { pressing.current = false; document.removeEventListener('pointerup', end); document.removeEventListener('pointercancel', end); };
    document.addEventListener('pointerup', end);
    document.addEventListener('pointercancel', end);
  }
  function checkOnBlur(name: string) {
    if (!pressing.current) return check(name);
    const later = () => { document.removeEventListener('pointerup', later); document.removeEventListener('pointercancel', later); setTimeout(() => check(name), 0); };
    document.addEventListener('pointerup', later);
    document.addEventListener('pointercancel', later);
  }

  // One message per field; a citation without a source is told at its address and title.
  const serverErrors = useMemo(() => displayErrors(state.errors, state.values), [state]);
  const errorsFor = (name: string): string[] | undefined =>
    live.generation === generation && touched.current.names.has(name) ? live.errors[name] : serverErrors[name];
  const valueOf = (name: string, fallback?: string) => (hasValues ? state.values[name] ?? '' : fallback ?? '');
  const formErrors = state.errors._form ?? [];
  const groupRows = (group: string, declared: number) => (hasValues ? Math.max(declared, rowCount(state.values, group), Number(state.values[`_rows.${group}`]) || 0) : declared);
  const summary = summaryEntries(serverErrors, fieldLabels(spec.fields, groupRows));
  const summaryRef = useRef<HTMLDivElement>(null);
  // A refused save brings the editor to the summary, whatever the scroll position.
  useEffect(() => {
    if (state.message && Object.keys(state.errors).length) summaryRef.current?.focus();
  }, [state]);
  const checkLater = useCallback((name: string) => () => check(name), [generation]); // eslint-disable-line react-hooks/exhaustive-deps

  const render = (f: AnyField, prefix = '', defaults?: Partial<Record<string, string>>): React.ReactNode => {
    if (f.kind === 'hidden') return <input key={f.name} type="hidden" name={prefix + f.name} value={f.value} />;
    if (f.kind === 'fieldset') {
      return (
        <fieldset key={f.legend} className="space-y-4 rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{f.legend}</legend>
          {f.fields.map((x) => render(x, prefix, defaults))}
        </fieldset>
      );
    }
    if (f.kind === 'group') {
      const rows = groupRows(f.name, Math.max(f.rows ?? 1, f.defaults?.length ?? 0));
      return (
        <div key={f.name} className="space-y-3">
          <input type="hidden" name={`_rows.${f.name}`} value={rows} />
          {Array.from({ length: rows }, (_, i) => (
            <fieldset key={i} className="space-y-4 rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold">{f.legend} {i + 1}</legend>
              {f.fields.map((x) => render(x, `${f.name}.${i}.`, f.defaults?.[i]))}
            </fieldset>
          ))}
          {rows < 10 ? (
            <button type="submit" name="intent" value={`add:${f.name}`} formNoValidate className="rounded border border-slate-400 px-3 py-1.5 text-sm">{f.addLabel}</button>
          ) : null}
        </div>
      );
    }
    const name = prefix + f.name;
    const id = fieldId(name);
    const value = valueOf(name, defaults?.[f.name] ?? f.defaultValue);
    const on = { onBlur: () => checkOnBlur(name), onChange: () => touched.current.names.has(name) && check(name) };
    if (f.kind === 'checkbox') {
      const errors = errorsFor(name);
      return (
        <div key={name} className="space-y-1">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" id={id} name={name} defaultChecked={value === 'on' || value === 'true'} aria-invalid={!!errors?.length || undefined} aria-describedby={errors?.length ? `${id}-errors` : undefined} {...on} onChange={() => check(name)} />
            <span>{f.label}{f.hint ? <span className="block text-xs text-slate-600">{f.hint}</span> : null}</span>
          </label>
          <div aria-live="polite">{errors?.length ? <p id={`${id}-errors`} className="text-sm text-red-800">{errors[0]}</p> : null}</div>
        </div>
      );
    }
    if (f.kind === 'radio') {
      const errors = errorsFor(name);
      return (
        <fieldset key={name} className="space-y-1" aria-describedby={errors?.length ? `${id}-errors` : undefined}>
          <legend className="text-sm font-medium">{f.label}{f.required ? <span aria-hidden="true" className="text-red-800"> *</span> : null}</legend>
          {f.options.map((o, i) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input type="radio" id={i === 0 ? id : undefined} name={name} value={o.value} defaultChecked={value === o.value} aria-invalid={!!errors?.length || undefined} onChange={() => check(name)} />
              {o.label}
            </label>
          ))}
          <div aria-live="polite">{errors?.length ? <p id={`${id}-errors`} className="text-sm text-red-800">{errors[0]}</p> : null}</div>
        </fieldset>
      );
    }
    return (
      <Field key={name} id={id} label={f.label} hint={f.hint} errors={errorsFor(name)} required={f.required}>
        {(aria) =>
          f.kind === 'textarea' ? (
            <textarea {...aria} name={name} defaultValue={value} rows={f.rows ?? 3} className={inputClass} {...on} />
          ) : f.kind === 'select' && f.searchable ? (
            <Picker aria={aria} name={name} options={f.options} defaultValue={value} placeholder={f.placeholder ?? 'Choose…'} className={inputClass} onPicked={checkLater(name)} onLeave={() => checkOnBlur(name)} />
          ) : f.kind === 'select' ? (
            <select {...aria} name={name} defaultValue={value} className={inputClass} {...on} onChange={() => check(name)}>
              <option value="">{f.placeholder ?? 'Choose…'}</option>
              {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          ) : (
            <input
              {...aria}
              name={name}
              type={f.kind === 'url' ? 'url' : 'text'}
              inputMode={f.kind === 'number' ? 'numeric' : f.kind === 'date' ? 'numeric' : undefined}
              placeholder={f.kind === 'date' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : undefined}
              defaultValue={value}
              className={inputClass}
              {...on}
            />
          )
        }
      </Field>
    );
  };

  return (
    <form ref={formRef} action={formAction} onPointerDownCapture={pressStarted} noValidate className="space-y-5">
      <p className="text-xs text-slate-600">Fields marked <span aria-hidden="true">*</span><span className="sr-only">with an asterisk</span> are required.</p>
      {state.message ? (
        <ErrorSummary ref={summaryRef} refused={Object.keys(state.errors).length > 0} message={state.message} others={formErrors.filter((e) => e !== state.message)} entries={summary}>
          {state.link ? <p className="mt-1"><Link href={state.link.href} className="font-medium underline">{state.link.label}</Link></p> : null}
        </ErrorSummary>
      ) : null}
      <div key={generation} className="space-y-5">
        {spec.fields.map((f) => render(f))}
      </div>
      <Submit label={spec.submitLabel} danger={danger} navigating={navigating} />
    </form>
  );
}

function Submit({ label, danger, navigating }: { label: string; danger: boolean; navigating: boolean }) {
  const busy = useFormStatus().pending || navigating;
  return (
    <button type="submit" disabled={busy} className={`rounded px-4 py-2 text-white disabled:opacity-60 ${danger ? 'bg-red-800' : 'bg-slate-900'}`}>
      {busy ? 'Saving…' : label}
    </button>
  );
}
