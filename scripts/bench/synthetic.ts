// Grows a copy of the shipped database k times with generated rows: organizations, states, their
// status changes and the citations behind them. Every generated row says it is synthetic (slugs and
// codes start with "synthetic-", names with "Synthetic"); it lives only in the benchmark's temporary
// copy and is never shipped. Generated facts touch only generated records, so the pages of real
// organizations and states keep their own content while the data around them grows.
import Database from 'better-sqlite3';

const STATUSES = ['member', 'observer', 'associate', 'partner', 'suspended', 'withdrawn'] as const;

type Counts = { organizations: number; states: number; statusChanges: number; citations: number };

export function countRows(file: string): Counts {
  const db = new Database(file, { readonly: true });
  const n = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const counts = { organizations: n('organization'), states: n('state'), statusChanges: n('status_change'), citations: n('citation') };
  db.close();
  return counts;
}

/** Adds (factor − 1) times the shipped rows, so the whole is `factor` times the shipped data. */
export function growSynthetic(file: string, factor: number): Counts {
  const shipped = countRows(file);
  const extra = factor - 1;
  if (extra <= 0) return shipped;
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  db.transaction(() => {
    const addOrg = db.prepare("insert into organization (slug, acronym, name, kind, founded) values (?, ?, ?, 'synthetic', '1950')");
    const addState = db.prepare("insert into state (code, name, kind) values (?, ?, 'entity')");
    const addSource = db.prepare("insert into source (url, title, publisher, kind) values (?, ?, 'Synthetic publisher', 'dataset')");
    const addChange = db.prepare("insert or ignore into status_change (organization_id, state_id, status, date) values (?, ?, ?, ?)");
    const addCitation = db.prepare('insert into citation (source_id, status_change_id, quote) values (?, ?, ?)');
    const orgIds: number[] = [];
    const stateIds: number[] = [];
    const sourceIds: number[] = [];
    for (let i = 0; i < shipped.organizations * extra; i++) orgIds.push(Number(addOrg.run(`synthetic-${i}`, `SYN${i}`, `Synthetic organization ${i}`).lastInsertRowid));
    for (let i = 0; i < shipped.states * extra; i++) stateIds.push(Number(addState.run(`synthetic-${i}`, `Synthetic state ${i}`).lastInsertRowid));
    for (let i = 0; i < Math.max(1, Math.round(shipped.citations * extra / 20)); i++) sourceIds.push(Number(addSource.run(`https://synthetic.invalid/${i}`, `Synthetic source ${i}`).lastInsertRowid));
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const citationsPerChange = shipped.citations / Math.max(1, shipped.statusChanges);
    for (let i = 0; i < shipped.statusChanges * extra; i++) {
      const year = 1950 + Math.floor(random() * 75);
      const change = addChange.run(pick(orgIds), pick(stateIds), pick([...STATUSES]), `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`);
      if (!change.changes) continue;
      const changeId = Number(change.lastInsertRowid);
      for (let c = 0; c < Math.max(1, Math.round(citationsPerChange)); c++) addCitation.run(pick(sourceIds), changeId, `Synthetic quote ${i}`);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return countRows(file);
}
