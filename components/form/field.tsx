// One accessible field: label bound to the control, hint, its first error announced and linked to it.
import type { ReactNode } from 'react';

export type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: (aria: { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined; 'aria-required': boolean | undefined }) => ReactNode;
};

export function Field({ id, label, hint, errors, required, children }: FieldProps) {
  const errorId = `${id}-errors`;
  const hintId = `${id}-hint`;
  const invalid = !!errors?.length;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <div className="text-sm font-medium text-slate-900">
        <label htmlFor={id}>{label}</label>
        {required ? <span aria-hidden="true" className="text-red-800"> *</span> : null}
      </div>
      {hint ? <p id={hintId} className="text-xs text-slate-600">{hint}</p> : null}
      {children({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
      <div aria-live="polite">
        {invalid ? (
          <p id={errorId} className="text-sm text-red-800">{errors![0]}</p>
        ) : null}
      </div>
    </div>
  );
}

export const inputClass = 'block w-full rounded border border-slate-400 px-2 py-1.5 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';
