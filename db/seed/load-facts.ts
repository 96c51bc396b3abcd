// Loads a curated facts file: inserts what is missing, changes nothing that is there. A status
// change stated in two files (same organization, state, status and date) is kept once, with the
// citations of both.
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import type { FactCitation, FactsFile } from './facts-file';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type LoadSummary = { sources: number; organizations: number; entities: number; statusChanges: number; invitations: number; countClaims: number; citations: number };

export function emptySummary(): LoadSummary {
  return { sources: 0, organizations: 0, entities: 0, statusChanges: 0, invitations: 0, countClaims: 0, citations: 0 };
}

export const ARCHIVE_FOLDER = path.join(process.cwd(), 'db', 'seed', 'data', 'archive');

/** The text read for a source, kept beside the facts files as archive/<key>.txt. */
export function readArchivedText(key: string, folder = ARCHIVE_FOLDER): string | null {
  const file = path.join(folder, `${key}.txt`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

export function loadFacts(tx: Tx, file: FactsFile, label: string, archiveFolder = ARCHIVE_FOLDER): LoadSummary {
  const summary = emptySummary();
  const sourceIds = new Map<string, number>();

  for (const s of file.sources) {
    const archivedText = readArchivedText(s.key, archiveFolder);
    const existing = s.url
      ? tx.select({ id: t.sources.id, standing: t.sources.standing, archivedText: t.sources.archivedText }).from(t.sources).where(eq(t.sources.url, s.url)).get()
      : tx.select({ id: t.sources.id, standing: t.sources.standing, archivedText: t.sources.archivedText }).from(t.sources).where(and(eq(t.sources.title, s.title), isNull(t.sources.url))).get();
    if (existing) {
      sourceIds.set(s.key, existing.id);
      // Fill only what is empty: an editor's later assessment wins over the seed.
      const fill: { standing?: typeof s.standing; archivedText?: string } = {};
      if (existing.standing === null) fill.standing = s.standing;
      if (existing.archivedText === null && archivedText !== null) fill.archivedText = archivedText;
      if (Object.keys(fill).length) tx.update(t.sources).set(fill).where(eq(t.sources.id, existing.id)).run();
      continue;
    }
    const row = tx
      .insert(t.sources)
      .values({ url: s.url ?? null, title: s.title, publisher: s.publisher ?? null, author: s.author ?? null, published: s.published ?? null, retrieved: s.retrieved ?? null, language: s.language ?? null, kind: s.kind, standing: s.standing, archivedText })
      .returning({ id: t.sources.id })
      .get();
    sourceIds.set(s.key, row.id);
    summary.sources++;
  }

  for (const o of file.organizations) {
    const existing =
      tx.select().from(t.organizations).where(eq(t.organizations.slug, o.slug)).get() ??
      (o.cowId ? tx.select().from(t.organizations).where(eq(t.organizations.cowId, o.cowId)).get() : undefined);
    const fields = {
      acronym: o.acronym, name: o.name, kind: o.kind ?? null, founded: o.founded ?? null, dissolved: o.dissolved ?? null,
      headquarters: o.headquarters ?? null, website: o.website ?? null, description: o.description ?? null,
      cowId: o.cowId ?? null, wikidataId: o.wikidata ?? null,
    };
    let orgId: number;
    if (existing) {
      orgId = existing.id;
      // Fill only what is empty: an editor's later correction wins over the seed.
      const fill: Partial<typeof fields> = {};
      for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | null][]) {
        if (value !== null && existing[key] === null) (fill as Record<string, string>)[key] = value;
      }
      if (Object.keys(fill).length) tx.update(t.organizations).set(fill).where(eq(t.organizations.id, orgId)).run();
    } else {
      orgId = tx.insert(t.organizations).values({ slug: o.slug, ...fields }).returning({ id: t.organizations.id }).get().id;
      summary.organizations++;
    }
    for (const n of o.formerNames) {
      const has = tx.select({ id: t.organizationNames.id }).from(t.organizationNames)
        .where(and(eq(t.organizationNames.organizationId, orgId), eq(t.organizationNames.name, n.name))).get();
      if (!has) tx.insert(t.organizationNames).values({ organizationId: orgId, name: n.name, acronym: n.acronym ?? null, ended: n.ended ?? null }).run();
    }
  }
  for (const o of file.organizations) {
    if (!o.parent) continue;
    const parent = orgBySlug(tx, o.parent);
    const child = orgBySlug(tx, o.slug);
    if (child.parentId === null) tx.update(t.organizations).set({ parentId: parent.id }).where(eq(t.organizations.id, child.id)).run();
  }

  for (const e of file.entities) {
    const existing = tx.select({ id: t.states.id }).from(t.states).where(eq(t.states.code, e.code)).get();
    if (existing) continue;
    const id = tx.insert(t.states).values({ code: e.code, name: e.name, kind: 'entity', started: e.started ?? null, ended: e.ended ?? null, note: e.note ?? null })
      .returning({ id: t.states.id }).get().id;
    for (const name of e.otherNames) tx.insert(t.stateNames).values({ stateId: id, name }).onConflictDoNothing().run();
    summary.entities++;
  }

  const cite = (citations: FactCitation[], fact: { statusChangeId?: number; invitationId?: number; countClaimId?: number }) => {
    for (const c of citations) {
      const sourceId = sourceIds.get(c.source);
      if (sourceId === undefined) throw new Error(`${label}: unknown source key "${c.source}"`);
      const factCol = fact.statusChangeId !== undefined ? t.citations.statusChangeId : fact.invitationId !== undefined ? t.citations.invitationId : t.citations.countClaimId;
      const factId = (fact.statusChangeId ?? fact.invitationId ?? fact.countClaimId)!;
      const same = tx.select({ id: t.citations.id, quote: t.citations.quote, locator: t.citations.locator }).from(t.citations)
        .where(and(eq(factCol, factId), eq(t.citations.sourceId, sourceId))).all()
        .some((r) => (r.quote ?? '') === (c.quote ?? '') && (r.locator ?? '') === (c.locator ?? ''));
      if (same) continue;
      tx.insert(t.citations).values({ sourceId, ...fact, quote: c.quote ?? null, locator: c.locator ?? null, givenDate: c.date ?? null }).run();
      summary.citations++;
    }
  };

  for (const f of file.statusChanges) {
    const organizationId = orgBySlug(tx, f.org).id;
    const stateId = stateByCode(tx, f.state, label).id;
    let row = tx.select({ id: t.statusChanges.id }).from(t.statusChanges)
      .where(and(eq(t.statusChanges.organizationId, organizationId), eq(t.statusChanges.stateId, stateId), eq(t.statusChanges.status, f.status), eq(t.statusChanges.date, f.date))).get();
    if (!row) {
      row = tx.insert(t.statusChanges).values({ organizationId, stateId, status: f.status, date: f.date, dateKind: f.dateKind, note: f.note ?? null })
        .returning({ id: t.statusChanges.id }).get();
      summary.statusChanges++;
    }
    cite(f.citations, { statusChangeId: row.id });
  }

  for (const f of file.invitations) {
    const organizationId = orgBySlug(tx, f.org).id;
    const stateId = stateByCode(tx, f.state, label).id;
    let row = tx.select({ id: t.invitations.id }).from(t.invitations)
      .where(and(eq(t.invitations.organizationId, organizationId), eq(t.invitations.stateId, stateId), eq(t.invitations.invitedStatus, f.status), eq(t.invitations.date, f.date))).get();
    if (!row) {
      const resulting = f.outcome === 'accepted' && f.outcomeDate
        ? tx.select({ id: t.statusChanges.id }).from(t.statusChanges)
            .where(and(eq(t.statusChanges.organizationId, organizationId), eq(t.statusChanges.stateId, stateId), eq(t.statusChanges.status, f.status), eq(t.statusChanges.date, f.outcomeDate))).get()
        : undefined;
      row = tx.insert(t.invitations).values({
        organizationId, stateId, invitedStatus: f.status, date: f.date, dateKind: f.dateKind, outcome: f.outcome,
        outcomeDate: f.outcomeDate ?? null, resultingChangeId: resulting?.id ?? null, note: f.note ?? null,
      }).returning({ id: t.invitations.id }).get();
      summary.invitations++;
    }
    cite(f.citations, { invitationId: row.id });
  }

  for (const f of file.countClaims) {
    const organizationId = orgBySlug(tx, f.org).id;
    let row = tx.select({ id: t.countClaims.id }).from(t.countClaims)
      .where(and(eq(t.countClaims.organizationId, organizationId), eq(t.countClaims.status, f.status), eq(t.countClaims.date, f.date), eq(t.countClaims.count, f.count))).get();
    if (!row) {
      row = tx.insert(t.countClaims).values({ organizationId, status: f.status, count: f.count, date: f.date, note: f.note ?? null })
        .returning({ id: t.countClaims.id }).get();
      summary.countClaims++;
    }
    cite(f.citations, { countClaimId: row.id });
  }
  return summary;
}

function orgBySlug(tx: Tx, slug: string) {
  const org = tx.select().from(t.organizations).where(eq(t.organizations.slug, slug)).get();
  if (!org) throw new Error(`unknown organization "${slug}"`);
  return org;
}

function stateByCode(tx: Tx, code: string, label: string) {
  const state = tx.select().from(t.states).where(eq(t.states.code, code)).get();
  if (!state) throw new Error(`${label}: unknown state "${code}"`);
  return state;
}
