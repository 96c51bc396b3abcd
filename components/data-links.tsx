/** Where the same data can be read by programs: JSON, CSV, Atom. Plain links, named by format. */
export function DataLinks({ links }: { links: { label: string; href: string; format: string }[] }) {
  return (
    <aside aria-label="Download this data" className="text-sm">
      <span className="text-slate-600">Data: </span>
      <ul className="inline">
        {links.map((l, i) => (
          <li key={l.href} className="inline">
            {i > 0 ? <span aria-hidden="true" className="text-slate-400"> · </span> : null}
            <a href={l.href} type={l.format} className="text-slate-800 underline decoration-slate-400 hover:decoration-slate-800">{l.label}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
