'use client';
import type { ReactNode, Ref } from 'react';
import type { SummaryEntry } from './error-list';

/** Brings the field to view and focus: a plain in-page link would scroll without focusing it. */
function focusField(e: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  e.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/** The answer to a save at the top of the form: what was refused, with a link to each field in error. */
export function ErrorSummary({ ref, refused, message, others, entries, children }: { ref: Ref<HTMLDivElement>; refused: boolean; message: string; others: string[]; entries: SummaryEntry[]; children?: ReactNode }) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="form-summary-title" className={`rounded border p-3 text-sm outline-none focus:ring-2 focus:ring-offset-2 ${refused ? 'border-red-300 bg-red-50 text-red-900 focus:ring-red-700' : 'border-slate-300 bg-slate-50 focus:ring-slate-700'}`}>
      <h2 id="form-summary-title" className="font-semibold">{refused ? (entries.length ? `Not saved: ${entries.length} field${entries.length === 1 ? '' : 's'} to correct` : 'Not saved') : message}</h2>
      {refused ? <p>{message}</p> : null}
      {others.map((e) => <p key={e}>{e}</p>)}
      {entries.length ? (
        <ul className="mt-1 list-disc pl-5">
          {entries.map((e) => (
            <li key={e.name}><a href={`#${e.id}`} onClick={(ev) => focusField(ev, e.id)} className="underline">{e.label}: {e.message}</a></li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
