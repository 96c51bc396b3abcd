// One candidate: what it says, the sentence with the words that made it marked, how it stands
// against the record, and every field editable.
import { Field, inputClass } from '@/components/form/field';
import { STATUSES } from '@/lib/domain/statuses';
import { parseMarks } from './candidates';

const KIND_LABELS: Record<string, string> = { status_change: 'Status change', invitation: 'Invitation', count_claim: 'Count claim' };

function Quote({ quote, marks }: { quote: string; marks: string | undefined }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const h of parseMarks(marks, quote)) {
    if (h.start < at) continue;
    parts.push(quote.slice(at, h.start));
    parts.push(<mark key={h.start} data-role={h.role} className="bg-yellow-100">{quote.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(quote.slice(at));
  return <blockquote className="border-l-4 border-slate-300 pl-2 text-sm">{parts}</blockquote>;
}

export function CandidateRow({ index, values, errors }: { index: number; values: Record<string, string>; errors: Record<string, string[]> }) {
  const p = `facts.${index}.`;
  const v = (name: string) => values[p + name] ?? '';
  const err = (name: string) => errors[p + name];
  const verdict = v('verdict');
  const standing = verdict === 'on-record' ? 'Already on record' : verdict === 'contradicts' ? `Contradicts the record (${v('detail')})` : 'New';
  const summary = `${KIND_LABELS[v('kind')] ?? 'Fact'}: ${v('organization')}${v('state') ? ` · ${v('state')}` : ''} · ${v('kind') === 'count_claim' ? `${v('count')} ${v('status')}` : v('status')} · ${v('date')}`;
  const input = (name: string, label: string, hint?: string) => (
    <Field id={`fact-${index}-${name}`} label={label} errors={err(name)} hint={hint}>
      {(aria) => <input {...aria} name={p + name} defaultValue={v(name)} className={inputClass} />}
    </Field>
  );
  return (
    <li>
      <fieldset className="space-y-2 rounded border border-slate-300 p-3" aria-describedby={`fact-${index}-standing`}>
        <legend className="px-1 font-medium">{summary}</legend>
        <p id={`fact-${index}-standing`} className="text-sm font-medium" data-verdict={verdict}>{standing}</p>
        <Quote quote={v('quote')} marks={v('marks')} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name={p + 'keep'} defaultChecked={v('keep') === 'on'} /> Keep candidate {index + 1}
        </label>
        {err('kind')?.length ? <p role="alert" className="text-sm text-red-800">{err('kind')!.join(' ')}</p> : null}
        <input type="hidden" name={p + 'kind'} value={v('kind')} />
        <input type="hidden" name={p + 'marks'} value={v('marks')} />
        <input type="hidden" name={p + 'verdict'} value={v('verdict')} />
        <input type="hidden" name={p + 'detail'} value={v('detail')} />
        <div className="grid gap-2 sm:grid-cols-2">
          {input('organization', 'Organization (slug)')}
          {v('kind') === 'count_claim' ? input('count', 'Number') : input('state', 'State (code)')}
          <Field id={`fact-${index}-status`} label={v('kind') === 'count_claim' ? 'Counted' : v('kind') === 'invitation' ? 'Invited to become' : 'Status'} errors={err('status')}>
            {(aria) => (
              <select {...aria} name={p + 'status'} defaultValue={v('status')} className={inputClass}>
                {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            )}
          </Field>
          {input('date', 'Date', 'YYYY, YYYY-MM or YYYY-MM-DD')}
          {v('kind') === 'count_claim' ? null : (
            <Field id={`fact-${index}-dateKind`} label="The date is" errors={err('dateKind')}>
              {(aria) => (
                <select {...aria} name={p + 'dateKind'} defaultValue={v('dateKind')} className={inputClass}>
                  {(v('kind') === 'invitation' ? [['on', 'the day it was extended'], ['by', 'extended by then']] : [['start', 'the start'], ['asOf', 'an observation (as of)']]).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
                </select>
              )}
            </Field>
          )}
        </div>
        <Field id={`fact-${index}-quote`} label="Quote" errors={err('quote')}>
          {(aria) => <textarea {...aria} name={p + 'quote'} rows={3} defaultValue={v('quote')} className={inputClass} />}
        </Field>
      </fieldset>
    </li>
  );
}
