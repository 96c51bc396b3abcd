// For a database that imported COW before the official lists were loaded: a COW change of the same
// spell as an official one becomes a citation on it (giving its own year where it differs), and a
// COW change the official history covers or contradicts is removed, as a fresh import would decide.
import type { Db } from '../../client';
import { decideAgainstCurated, type CuratedChange, type PlannedChange } from '../cow/changes';
import { COW_SOURCE } from '../cow/source';
import { yearOf } from '@/lib/domain/partial-date';
import type { Status } from '@/lib/domain/statuses';
import { factsOf, listOfficialFiles, OFFICIAL_FOLDER, readOfficialFile } from './load';

type Row = { id: number; status: Status; date: string; cowOnly: number; locator: string | null };

export function reconcileWithCow(db: Db, folder = OFFICIAL_FOLDER): { cited: number; removed: number } {
  const sqlite = db.$client;
  const cow = sqlite.prepare('select id from source where url = ?').get(COW_SOURCE.url) as { id: number } | undefined;
  if (!cow) return { cited: 0, removed: 0 };
  const rowsOf = sqlite.prepare(`select sc.id, sc.status, sc.date,
      not exists (select 1 from citation c where c.status_change_id = sc.id and c.source_id != ?) as cowOnly,
      (select min(c.locator) from citation c where c.status_change_id = sc.id and c.source_id = ?) as locator
    from status_change sc join state s on s.id = sc.state_id join organization o on o.id = sc.organization_id
    where o.slug = ? and s.code = ? order by sc.date, sc.id`);
  const moveCitations = sqlite.prepare('update citation set status_change_id = ?, given_date = ? where status_change_id = ?');
  const remove = sqlite.prepare('delete from status_change where id = ?');
  let cited = 0;
  let removed = 0;
  sqlite.transaction(() => {
    for (const name of listOfficialFiles(folder)) {
      const file = readOfficialFile(name, folder);
      const states = new Set(factsOf(file).map((f) => f.state));
      for (const state of states) {
        const rows = rowsOf.all(cow.id, cow.id, file.organization.slug, state) as Row[];
        const cowRows = rows.filter((r) => r.cowOnly);
        const curated = rows.filter((r) => !r.cowOnly);
        if (!cowRows.length || !curated.length) continue;
        const planned: PlannedChange[] = cowRows.map((r) => ({ stateCode: state, year: yearOf(r.date), date: r.date, status: r.status as PlannedChange['status'], locator: r.locator ?? '', note: null }));
        const curatedChanges: CuratedChange[] = curated.map((r) => ({ id: r.id, stateId: 0, status: r.status, date: r.date }));
        // An official change that already carries a COW citation was matched by the import.
        const matched = new Set(curated.filter((r) => r.locator !== null).map((r) => r.id));
        const decisions = decideAgainstCurated(planned, curatedChanges, 2015, matched);
        decisions.forEach((d, i) => {
          const row = cowRows[i]!;
          if (d.kind === 'cite') {
            moveCitations.run(d.changeId, d.givenDate, row.id);
            cited++;
          }
          if (d.kind !== 'insert') {
            remove.run(row.id);
            removed++;
          }
        });
      }
    }
    if (removed) {
      sqlite.prepare("insert into revision (entity_type, entity_id, action, author_name, summary) values ('import', 0, 'import', ?, ?)")
        .run('Memberline seed', `Reconciled COW IGO v3 with the official lists: ${cited} COW changes became citations, ${removed - cited} covered by the lists were removed.`);
    }
  }).immediate();
  return { cited, removed };
}
