'use client';
// A searchable picker: a plain <select> without JavaScript; with it, an ARIA combobox that finds an
// option by any of its names (former names, acronyms, codes), driven by keyboard or pointer.
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { matchOptions } from './picker-match';
import type { Option } from '@/lib/forms/spec';

type Aria = { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined; 'aria-required': boolean | undefined };
type Props = { aria: Aria; name: string; options: Option[]; defaultValue: string; placeholder: string; className: string; onPicked: () => void; onLeave: () => void };

const subscribe = () => () => {};
/** False while the server's HTML is shown (and without JavaScript), true once the page runs. */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

export function Picker(props: Props) {
  const hydrated = useHydrated();
  const { aria, name, options, defaultValue, placeholder, className, onPicked } = props;
  if (!hydrated) {
    return (
      <select {...aria} name={name} defaultValue={defaultValue} className={className} onChange={onPicked}>
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  }
  return <Combobox {...props} />;
}

function Combobox({ aria, name, options, defaultValue, placeholder, className, onPicked, onLeave }: Props) {
  const listId = useId();
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const [value, setValue] = useState(defaultValue);
  const [text, setText] = useState(byValue.get(defaultValue)?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const picked = useRef(false);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => matchOptions(options, open && text !== (byValue.get(value)?.label ?? '') ? text : ''), [options, text, open, value, byValue]);

  // The form is checked once the hidden input holds the new value.
  useEffect(() => {
    if (picked.current) { picked.current = false; onPicked(); }
  }, [value, onPicked]);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  function pick(option: Option | undefined) {
    if (!option) return;
    picked.current = true;
    setValue(option.value);
    setText(option.label);
    setOpen(false);
  }

  function leave() {
    setOpen(false);
    // Text that names no option leaves the field empty, rather than silently keeping an old pick.
    if (!text.trim()) { if (value) { picked.current = true; setValue(''); } }
    else setText(byValue.get(value)?.label ?? '');
    onLeave();
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) { setOpen(true); setActive(0); return; }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(shown.length - 1, 0)));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      pick(shown[active]);
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); setOpen(false); setText(byValue.get(value)?.label ?? ''); }
    }
  }

  const activeId = open && shown[active] ? `${listId}-${shown[active].value}` : undefined;
  return (
    <div className="relative">
      <input type="hidden" name={name} value={value} />
      <input
        {...aria}
        type="text" role="combobox" autoComplete="off" spellCheck={false}
        aria-autocomplete="list" aria-expanded={open} aria-controls={listId} aria-activedescendant={activeId}
        placeholder={placeholder.replace(/^—\s*|\s*—$/g, '') || 'Type to search'}
        value={text} className={className}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(0); }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={leave}
      />
      <ul
        ref={listRef} id={listId} role="listbox" aria-label="Matches"
        className={open ? 'absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-400 bg-white py-1 text-sm shadow-lg' : 'hidden'}
      >
        {shown.length === 0 ? <li role="option" aria-selected={false} aria-disabled="true" className="px-2 py-1 text-slate-600">No match: try another name, an acronym or a code</li> : null}
        {shown.map((o, i) => (
          <li
            key={o.value} id={`${listId}-${o.value}`} role="option" aria-selected={i === active}
            className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-slate-900 text-white' : o.value === value ? 'bg-slate-100' : ''}`}
            // Keeps focus in the input, so choosing does not first count as leaving the field.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            {o.label}
            {o.keywords?.length && !o.label.toLowerCase().includes(text.toLowerCase()) && text ? <span className="block text-xs opacity-80">{o.keywords.find((k) => k.toLowerCase().includes(text.toLowerCase().trim())) ?? ''}</span> : null}
          </li>
        ))}
      </ul>
      <span className="sr-only" aria-live="polite">{open ? `${shown.length} match${shown.length === 1 ? '' : 'es'}` : ''}</span>
    </div>
  );
}
