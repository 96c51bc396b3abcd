// Loads the organizations' own member lists (db/seed/official/*.json) after the curated facts files.
// Inserts only what is missing; a change the curated files already state (same organization, state,
// status and date) gets these citations instead of a duplicate. Runs before the COW import, so COW
// years become citations on these changes; `reconcileWithCow` does the same for a database that
// imported COW before these lists existed.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Db } from '../../client';
import { ensureCowStates } from '../cow/import';
import { readArchivedText } from '../load-facts';
import { officialFileSchema, type OfficialCitation, type OfficialFile } from './schema';

export const OFFICIAL_FOLDER = path.join(process.cwd(), 'db', 'seed', 'official');
const AUTHOR = 'Memberline seed';

export type OfficialSummary = { sources: number; statusChanges: number; citations: number; refined: number };

export function listOfficialFiles(folder = OFFICIAL_FOLDER): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
}

export function readOfficialFile(name: string, folder = OFFICIAL_FOLDER): OfficialFile {
  const parsed = officialFileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.data;
}

/** Every dated fact of a file: the members' current starts, then the history around them. */
export function factsOf(file: OfficialFile) {
  const members = file.members.flatMap((m) => (m.date === null ? [] : [{ state: m.state, status: m.status, date: m.date, dateKind: m.dateKind, note: m.note ?? null, citations: m.citations }]));
  return [...members, ...file.changes.map((c) => ({ ...c, note: c.note ?? null }))];
}

export function loadOfficialFiles(db: Db, folder = OFFICIAL_FOLDER): Record<string, OfficialSummary> {
  const sqlite = db.$client;
  sqlite.transaction(() => ensureCowStates(sqlite)).immediate();
  const result: Record<string, OfficialSummary> = {};
  for (const name of listOfficialFiles(folder)) {
    const file = readOfficialFile(name, folder);
    result[name] = sqlite.transaction(() => {
      const summary = loadOfficial(sqlite, file, name);
      const added = Object.entries(summary).filter(([, n]) => n > 0);
      if (added.length) {
        sqlite.prepare("insert into revision (entity_type, entity_id, action, author_name, summary) values ('import', 0, 'import', ?, ?)")
          .run(AUTHOR, `Loaded the official list ${name}: ${added.map(([k, n]) => `${n} ${k}`).join(', ')}`);
      }
      return summary;
    }).immediate();
  }
  return result;
}

function loadOfficial(sqlite: Database.Database, file: OfficialFile, label: string): OfficialSummary {
  const summary: OfficialSummary = { sources: 0, statusChanges: 0, citations: 0, refined: 0 };
  const org = sqlite.prepare('select id, founded from organization where slug = ?').get(file.organization.slug) as { id: number; founded: string | null } | undefined;
  if (!org) throw new Error(`${label}: unknown organization "${file.organization.slug}"`);
  const founded = file.organization.founded;
  // A more precise founding date from the organization refines a coarser one (1967 → 1967-08-08).
  if (founded && (org.founded === null || (founded.length > org.founded.length && founded.startsWith(org.founded)))) {
    sqlite.prepare('update organization set founded = ? where id = ?').run(founded, org.id);
    summary.refined++;
  }

  const sourceIds = new Map<string, number>();
  for (const s of file.sources) {
    const archivedText = readArchivedText(s.key);
    let row = sqlite.prepare('select id from source where url = ?').get(s.url) as { id: number } | undefined;
    if (!row) {
      row = sqlite.prepare('insert into source (url, title, publisher, author, published, retrieved, language, kind, standing, archived_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id')
        .get(s.url, s.title, s.publisher ?? null, s.author ?? null, s.published ?? null, s.retrieved ?? null, s.language ?? null, s.kind, s.standing, archivedText) as { id: number };
      summary.sources++;
    }
    // Fill only what is empty: an editor's later correction wins over the seed.
    sqlite.prepare('update source set standing = coalesce(standing, ?), archived_text = coalesce(archived_text, ?) where id = ?').run(s.standing, archivedText, row.id);
    sourceIds.set(s.key, row.id);
  }

  const stateId = (code: string) => {
    const row = sqlite.prepare('select id from state where code = ?').get(code) as { id: number } | undefined;
    if (!row) throw new Error(`${label}: unknown state "${code}"`);
    return row.id;
  };
  const exact = sqlite.prepare('select id from status_change where organization_id = ? and state_id = ? and status = ? and date = ?');
  const coarser = sqlite.prepare(`select id, date from status_change sc where organization_id = ? and state_id = ? and status = ? and length(date) < ? and ? like date || '%'
    and exists (select 1 from citation c join source s on s.id = c.source_id where c.status_change_id = sc.id and s.kind != 'dataset') order by length(date) desc limit 1`);
  const finer = sqlite.prepare(`select id, date from status_change sc where organization_id = ? and state_id = ? and status = ? and length(date) > ? and date like ? || '%'
    and exists (select 1 from citation c join source s on s.id = c.source_id where c.status_change_id = sc.id and s.kind != 'dataset') order by date limit 1`);
  const insertChange = sqlite.prepare('insert into status_change (organization_id, state_id, status, date, date_kind, note) values (?, ?, ?, ?, ?, ?) returning id');
  const sameCitation = sqlite.prepare('select 1 from citation where status_change_id = ? and source_id = ? and quote = ?');
  const insertCitation = sqlite.prepare('insert into citation (source_id, status_change_id, quote, given_date) values (?, ?, ?, ?)');

  const cite = (changeId: number, citations: OfficialCitation[], givenDate: string | null) => {
    for (const c of citations) {
      const sourceId = sourceIds.get(c.source);
      if (sourceId === undefined) throw new Error(`${label}: unknown source key "${c.source}"`);
      if (sameCitation.get(changeId, sourceId, c.quote)) continue;
      insertCitation.run(sourceId, changeId, c.quote, c.date ?? givenDate);
      summary.citations++;
    }
  };

  for (const fact of factsOf(file)) {
    const state = stateId(fact.state);
    const same = exact.get(org.id, state, fact.status, fact.date) as { id: number } | undefined;
    if (same) {
      cite(same.id, fact.citations, null);
      continue;
    }
    // The curated files hold the same spell at a coarser date ("2012"): cite it with the day this list gives.
    const coarse = coarser.get(org.id, state, fact.status, fact.date.length, fact.date) as { id: number; date: string } | undefined;
    if (coarse) {
      cite(coarse.id, fact.citations, fact.date);
      continue;
    }
    // The curated files hold it more precisely ("2005-06-30" for this list's "2005"): the list agrees with it.
    const fine = finer.get(org.id, state, fact.status, fact.date.length, fact.date) as { id: number; date: string } | undefined;
    if (fine) {
      cite(fine.id, fact.citations, null);
      continue;
    }
    const { id } = insertChange.get(org.id, state, fact.status, fact.date, fact.dateKind, fact.note) as { id: number };
    summary.statusChanges++;
    cite(id, fact.citations, null);
  }
  return summary;
}
