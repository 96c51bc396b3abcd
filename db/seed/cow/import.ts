// Correlates of War IGO v3 importer: organizations, historic states and status changes, each change
// citing the dataset row it comes from. Inserts only what is missing: a second run changes nothing.
import type Database from 'better-sqlite3';
import type { Db } from '../../client';
import { yearOf } from '@/lib/domain/partial-date';
import { planOrganization, decideAgainstCurated, columnEntries, type CuratedChange, type HistoricEnd, type SkipCounts } from './changes';
import { codesOf, crosswalk } from './crosswalk';
import { readCowOrganizations, readIgoYears, type IgoYearRow } from './data';
import { COW_SOURCE } from './source';

export type CowDisagreement = { state: string; organization: string; status: string; curatedDate: string; cowYear: number };
export type CowContradiction = { state: string; organization: string; status: string; cowYear: number };

export type CowSummary = {
  organizations: number; states: number; changes: number; disagreements: number; skipped: Record<string, number>;
  /** COW states matched to an existing state (ISO or entity), historic entities created aside. */
  statesMatched?: number; citations?: number; organizationsReused?: number;
  disagreementList?: CowDisagreement[]; contradictionList?: CowContradiction[];
};

const AUTHOR = 'Memberline seed';

export function importCow(db: Db, options: { onProgress?: (done: number, total: number) => void; full?: boolean } = {}): CowSummary {
  const sqlite = db.$client;
  const organizations = readCowOrganizations();
  if (!options.full && isImported(sqlite, organizations.length)) {
    return { organizations: 0, states: 0, changes: 0, disagreements: 0, skipped: { 'already imported (fast path: every COW organization and the dataset citations are there)': 1 } };
  }
  const years = readIgoYears();
  return sqlite.transaction(() => runImport(sqlite, years.keys, years.rows, organizations, options.onProgress)).immediate();
}

/** Fast path for every start after the first: the import ran to the end (it is one transaction). */
function isImported(sqlite: Database.Database, organizationCount: number): boolean {
  const orgs = sqlite.prepare('select count(*) as n from organization where cow_id is not null').get() as { n: number };
  const cites = sqlite.prepare('select count(*) as n from citation c join source s on s.id = c.source_id where s.url = ?').get(COW_SOURCE.url) as { n: number };
  return orgs.n >= organizationCount && cites.n > 0;
}

/**
 * The historic entities the crosswalk defines, and the COW codes of every state it names. Run by the
 * import and by loaders that cite these entities before the import (the official lists). Idempotent.
 */
export function ensureCowStates(sqlite: Database.Database): { stateIds: Map<string, number>; added: number; matched: number } {
  let added = 0;
  let matched = 0;
  const stateIds = new Map((sqlite.prepare('select id, code from state').all() as { id: number; code: string }[]).map((s) => [s.code, s.id]));
  const insertState = sqlite.prepare('insert into state (code, name, kind, started, ended, note, cow_code, cow_key) values (?, ?, ?, ?, ?, ?, ?, ?) returning id');
  const insertStateName = sqlite.prepare('insert into state_name (state_id, name) values (?, ?) on conflict do nothing');
  for (const e of crosswalk.entities) {
    if (stateIds.has(e.code)) continue;
    const key = crosswalk.entries.find((x) => x.ccode === e.ccode)!.cowKey;
    const { id } = insertState.get(e.code, e.name, e.kind, e.started, e.ended, e.note, e.ccode, key) as { id: number };
    for (const name of e.otherNames) insertStateName.run(id, name);
    stateIds.set(e.code, id);
    added++;
  }
  const setSuccessor = sqlite.prepare('update state set successor_id = ? where id = ? and successor_id is null');
  for (const e of crosswalk.entities) if (e.successor && stateIds.has(e.successor)) setSuccessor.run(stateIds.get(e.successor), stateIds.get(e.code));
  const setCow = sqlite.prepare('update state set cow_code = ?, cow_key = ? where id = ? and cow_code is null');
  for (const entry of crosswalk.entries) {
    for (const code of codesOf(entry)) {
      const id = stateIds.get(code);
      if (id === undefined) throw new Error(`crosswalk: COW ${entry.ccode} names state "${code}", which is not in the database`);
      // A column read as another state's continuation (the Yemen Arab Republic as Yemen) does not give that state its code.
      if (!entry.continues) setCow.run(entry.ccode, entry.cowKey, id);
    }
    if (!crosswalk.entities.some((e) => e.ccode === entry.ccode)) matched++;
  }
  return { stateIds, added, matched };
}

function runImport(
  sqlite: Database.Database, keys: string[], rows: IgoYearRow[], cowOrgs: ReturnType<typeof readCowOrganizations>,
  onProgress?: (done: number, total: number) => void,
): CowSummary {
  const summary: Required<CowSummary> = {
    organizations: 0, states: 0, changes: 0, disagreements: 0, skipped: {}, statesMatched: 0, citations: 0, organizationsReused: 0,
    disagreementList: [], contradictionList: [],
  };
  const skipped: SkipCounts = summary.skipped;

  let source = sqlite.prepare('select id from source where url = ?').get(COW_SOURCE.url) as { id: number } | undefined;
  if (!source) {
    source = sqlite.prepare("insert into source (url, title, publisher, author, kind) values (?, ?, ?, ?, 'dataset') returning id")
      .get(COW_SOURCE.url, COW_SOURCE.title, COW_SOURCE.publisher, COW_SOURCE.author) as { id: number };
  }
  const sourceId = source.id;

  const states = ensureCowStates(sqlite);
  const stateIds = states.stateIds;
  summary.states = states.added;
  summary.statesMatched = states.matched;
  const historic = new Map<string, HistoricEnd>();
  for (const e of crosswalk.entities) {
    if (!e.ended) continue;
    const split = crosswalk.entries.find((x) => x.ccode === e.ccode)?.periods?.find((p) => p.code === e.code);
    historic.set(e.code, {
      name: e.name, endYear: yearOf(e.ended), ended: e.ended, ccode: e.ccode,
      splitNote: split?.to !== undefined ? `COW ${e.ccode} is read as ${e.name} up to ${split.to} only (crosswalk)` : undefined,
    });
  }

  // Organizations: reuse one with the same COW id (curated files create some), filling only empty fields.
  const orgRows = sqlite.prepare('select id, slug, cow_id as cowId, dissolved from organization').all() as { id: number; slug: string; cowId: string | null; dissolved: string | null }[];
  const byCowId = new Map(orgRows.filter((o) => o.cowId).map((o) => [o.cowId!, o]));
  const slugs = new Set(orgRows.map((o) => o.slug));
  const insertOrg = sqlite.prepare('insert into organization (slug, acronym, name, founded, dissolved, cow_id, cow_number) values (?, ?, ?, ?, ?, ?, ?) returning id');
  const fillOrg = sqlite.prepare('update organization set founded = coalesce(founded, ?), dissolved = coalesce(dissolved, ?), cow_number = coalesce(cow_number, ?) where id = ?');
  const orgInfo = new Map<string, { id: number; slug: string; dissolvedYear: number | null; founded: string | null }>();
  for (const o of cowOrgs) {
    const founded = o.sdate === null ? null : String(o.sdate);
    const dissolved = o.deaddate === null ? null : String(o.deaddate);
    const existing = byCowId.get(o.ioname);
    if (existing) {
      fillOrg.run(founded, dissolved, o.ionum, existing.id);
      const after = sqlite.prepare('select founded, dissolved from organization where id = ?').get(existing.id) as { founded: string | null; dissolved: string | null };
      orgInfo.set(o.ioname, { id: existing.id, slug: existing.slug, dissolvedYear: after.dissolved ? yearOf(after.dissolved) : null, founded: after.founded });
      summary.organizationsReused++;
      continue;
    }
    let slug = o.ioname.toLowerCase();
    if (slugs.has(slug)) slug = `${slug}-cow`;
    const { id } = insertOrg.get(slug, o.ioname, o.longorgname, founded, dissolved, o.ioname, o.ionum) as { id: number };
    slugs.add(slug);
    orgInfo.set(o.ioname, { id, slug, dissolvedYear: o.deaddate, founded });
    summary.organizations++;
  }

  // What is already there: COW citations by locator, and curated (non-COW) changes by organization and state.
  const cited = new Map((sqlite.prepare('select locator, status_change_id as changeId from citation where source_id = ?').all(sourceId) as { locator: string; changeId: number }[]).map((c) => [c.locator, c.changeId]));
  const curatedByPair = new Map<string, CuratedChange[]>();
  const curatedRows = sqlite.prepare(`select sc.id, sc.organization_id as orgId, sc.state_id as stateId, sc.status, sc.date from status_change sc
    where exists (select 1 from citation c where c.status_change_id = sc.id and c.source_id != ?) order by sc.date, sc.id`).all(sourceId) as (CuratedChange & { orgId: number })[];
  for (const c of curatedRows) {
    const key = `${c.orgId}:${c.stateId}`;
    curatedByPair.set(key, [...(curatedByPair.get(key) ?? []), c]);
  }
  const matched = new Set<number>();

  const insertChange = sqlite.prepare("insert into status_change (organization_id, state_id, status, date, date_kind, note) values (?, ?, ?, ?, 'start', ?) on conflict do nothing returning id");
  const findChange = sqlite.prepare('select id from status_change where organization_id = ? and state_id = ? and status = ? and date = ?');
  const insertCitation = sqlite.prepare('insert into citation (source_id, status_change_id, quote, locator, given_date) values (?, ?, null, ?, ?)');

  const entries = columnEntries(keys, crosswalk.entries);
  const rowsByOrg = new Map<string, IgoYearRow[]>();
  for (const r of rows) {
    const list = rowsByOrg.get(r.ioname);
    if (list) list.push(r);
    else rowsByOrg.set(r.ioname, [r]);
  }
  let done = 0;
  for (const o of cowOrgs) {
    const org = orgInfo.get(o.ioname)!;
    const orgRowsAll = rowsByOrg.get(o.ioname) ?? [];
    // COW's deaddate is the last year it codes; a few rows run past it and are not read.
    const orgRowsKept = o.deaddate === null ? orgRowsAll : orgRowsAll.filter((r) => r.year <= o.deaddate!);
    if (orgRowsAll.length > orgRowsKept.length) skipped["rows after the organization's deaddate"] = (skipped["rows after the organization's deaddate"] ?? 0) + orgRowsAll.length - orgRowsKept.length;
    const planned = planOrganization(o.ioname, orgRowsKept, keys, entries, historic, org.dissolvedYear, skipped, org.founded);
    const dataEnd = (orgRowsKept.at(-1)?.year ?? 0) + 1;
    const byState = new Map<string, typeof planned>();
    for (const change of planned) {
      const list = byState.get(change.stateCode);
      if (list) list.push(change);
      else byState.set(change.stateCode, [change]);
    }
    for (const [stateCode, changes] of byState) {
      const stateId = stateIds.get(stateCode)!;
      const decisions = decideAgainstCurated(changes, curatedByPair.get(`${org.id}:${stateId}`) ?? [], dataEnd, matched);
      changes.forEach((change, i) => {
        const decision = decisions[i]!;
        if (cited.has(change.locator)) {
          skipped['already imported'] = (skipped['already imported'] ?? 0) + 1;
          return;
        }
        if (decision.kind === 'skip') {
          skipped[decision.why] = (skipped[decision.why] ?? 0) + 1;
          if (decision.why === 'contradicted by a curated fact') summary.contradictionList.push({ state: stateCode, organization: org.slug, status: change.status, cowYear: change.year });
          return;
        }
        let changeId: number;
        if (decision.kind === 'cite') {
          changeId = decision.changeId;
          if (decision.givenDate) {
            summary.disagreements++;
            summary.disagreementList.push({ state: stateCode, organization: org.slug, status: change.status, curatedDate: decision.curatedDate, cowYear: change.year });
          }
        } else {
          const inserted = insertChange.get(org.id, stateId, change.status, change.date, change.note) as { id: number } | undefined;
          if (inserted) summary.changes++;
          changeId = inserted?.id ?? (findChange.get(org.id, stateId, change.status, change.date) as { id: number }).id;
        }
        insertCitation.run(sourceId, changeId, change.locator, decision.kind === 'cite' ? decision.givenDate : null);
        cited.set(change.locator, changeId);
        summary.citations++;
      });
    }
    onProgress?.(++done, cowOrgs.length);
  }

  if (summary.organizations || summary.states || summary.changes || summary.citations) {
    sqlite.prepare("insert into revision (entity_type, entity_id, action, author_name, summary) values ('import', 0, 'import', ?, ?)").run(
      AUTHOR,
      `Imported the Correlates of War IGO dataset v3: ${summary.organizations} organizations, ${summary.states} historic states, ` +
        `${summary.changes} status changes, ${summary.citations} citations (${summary.disagreements} giving a year other than a curated fact's).`,
    );
  }
  return summary;
}
