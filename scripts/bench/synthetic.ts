// Grows a copy of the shipped database to `factor` times its size with generated rows: organizations,
// states, their status changes and the citations behind them, by bulk inserts that go through the
// schema's constraints (foreign keys, unique indexes, checks). Every generated row says it is
// generated ("Synthetic …" names, "synthetic-" codes, a description or note saying so, sources at
// .invalid addresses); it lives only in the benchmark's temporary copy, never in data/memberline.db.
// Generated facts touch only generated records: the pages of real organizations and states keep
// their own content while the data around them grows, so their latency shows what the growth costs.
import Database from 'better-sqlite3';
import { seededRandom } from '../../lib/seeded-random';

const STATUSES = ['member', 'observer', 'associate', 'partner', 'suspended', 'withdrawn'] as const;
const GENERATED = 'Generated for the scale benchmark; not real data.';

export type Counts = { organizations: number; states: number; statusChanges: number; citations: number };

export function countRows(file: string): Counts {
  const db = new Database(file, { readonly: true });
  const n = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const counts = { organizations: n('organization'), states: n('state'), statusChanges: n('status_change'), citations: n('citation') };
  db.close();
  return counts;
}

/** Adds (factor − 1) times the shipped rows, so that the whole is `factor` times the shipped data. */
export function growSynthetic(file: string, factor: number): Counts {
  const shipped = countRows(file);
  const extra = factor - 1;
  if (extra <= 0) return shipped;
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  db.transaction(() => {
    const addOrg = db.prepare('insert into organization (slug, acronym, name, founded, description) values (?, ?, ?, ?, ?)');
    const addState = db.prepare("insert into state (code, name, kind, note) values (?, ?, 'entity', ?)");
    const addSource = db.prepare("insert into source (url, title, publisher, kind) values (?, ?, 'Synthetic publisher (generated)', 'dataset')");
    const addChange = db.prepare('insert or ignore into status_change (organization_id, state_id, status, date, note) values (?, ?, ?, ?, ?)');
    const addCitation = db.prepare('insert into citation (source_id, status_change_id, locator) values (?, ?, ?)');
    const orgIds: number[] = [];
    const stateIds: number[] = [];
    const sourceIds: number[] = [];
    for (let i = 0; i < shipped.organizations * extra; i++) orgIds.push(Number(addOrg.run(`synthetic-${i}`, `SYN-${i}`, `Synthetic organization ${i}`, '1950', GENERATED).lastInsertRowid));
    for (let i = 0; i < shipped.states * extra; i++) stateIds.push(Number(addState.run(`synthetic-${i}`, `Synthetic state ${i}`, GENERATED).lastInsertRowid));
    for (let i = 0; i < Math.max(1, Math.round((shipped.citations * extra) / 200)); i++) sourceIds.push(Number(addSource.run(`https://synthetic.invalid/${i}`, `Synthetic source ${i}`).lastInsertRowid));
    const citationsPerChange = Math.max(1, Math.round(shipped.citations / Math.max(1, shipped.statusChanges)));
    for (let i = 0; i < shipped.statusChanges * extra; i++) {
      const date = `${1950 + Math.floor(random() * 75)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
      const change = addChange.run(pick(orgIds), pick(stateIds), pick(STATUSES), date, GENERATED);
      if (!change.changes) continue;
      for (let c = 0; c < citationsPerChange; c++) addCitation.run(pick(sourceIds), Number(change.lastInsertRowid), `generated row ${i}`);
    }
  })();
  db.pragma('optimize');
  db.close();
  return countRows(file);
}
