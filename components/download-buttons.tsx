/** Visible download buttons for the data behind a page: CSV and JSON, and the feed. */
export function DownloadButtons({ csv, json, atom, csvLabel = 'Download CSV' }: { csv: string; json: string; atom?: string; csvLabel?: string }) {
  const button = 'inline-block rounded border border-slate-400 px-2.5 py-1 text-sm text-slate-900 hover:bg-slate-100';
  return (
    <nav aria-label="Download this data" className="flex flex-wrap gap-2">
      <a href={csv} type="text/csv" download className={button}>{csvLabel}</a>
      <a href={json} type="application/json" className={button}>JSON</a>
      {atom ? <a href={atom} type="application/atom+xml" className={button}>Atom feed</a> : null}
    </nav>
  );
}
