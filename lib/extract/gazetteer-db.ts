// The gazetteer from the database's organizations and states, plus English and French country
// names from i18n-iso-countries (shipped with the app, read locally).
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { Db } from '@/db/client';
import * as t from '@/db/schema';
import { Gazetteer, type OrganizationEntry, type StateEntry } from './gazetteer';

countries.registerLocale(en);
countries.registerLocale(fr);

function isoNames(): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const lang of ['en', 'fr']) {
    for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2)?.toLowerCase();
      if (!alpha3) continue;
      byCode.set(alpha3, [...(byCode.get(alpha3) ?? []), ...(names as string[]).filter((n) => !/^[A-Z.]{2,5}$/.test(n))]);
    }
  }
  return byCode;
}

export function loadGazetteer(db: Db): Gazetteer {
  const names = db.select().from(t.organizationNames).all();
  const orgs: OrganizationEntry[] = db
    .select()
    .from(t.organizations)
    .orderBy(t.organizations.id)
    .all()
    .map((o) => ({ slug: o.slug, acronym: o.acronym, name: o.name, founded: o.founded, dissolved: o.dissolved, names: names.filter((n) => n.organizationId === o.id).map((n) => ({ name: n.name, acronym: n.acronym })) }));
  const otherNames = db.select().from(t.stateNames).all();
  const states: StateEntry[] = db
    .select()
    .from(t.states)
    .all()
    .map((s) => ({ code: s.code, name: s.name, kind: s.kind, started: s.started, ended: s.ended, names: otherNames.filter((n) => n.stateId === s.id).map((n) => n.name) }));
  return new Gazetteer(orgs, states, isoNames());
}
