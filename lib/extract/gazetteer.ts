// Finds organizations and states in a sentence by every name the database knows, plus the
// aliases in ./data. Pure: the database rows come in as plain lists (see gazetteer-db.ts).
import { ORGANIZATION_ALIASES, IGNORED_ACRONYMS } from './data/organization-aliases';
import { IGNORED_STATE_NAMES, STATE_ALIASES } from './data/state-aliases';
import { escapeRegExp, fold, WORD_AFTER, WORD_BEFORE } from './normalize';

export type OrganizationEntry = { slug: string; acronym: string; name: string; founded: string | null; dissolved: string | null; names: { name: string; acronym: string | null }[] };
export type StateEntry = { code: string; name: string; kind: string; started: string | null; ended: string | null; names: string[] };

export type Mention = { id: string; start: number; end: number; text: string; via: 'name' | 'acronym' | 'adjective' };

type Table = { byForm: Map<string, string[]>; pattern: RegExp | null };

function addForm(map: Map<string, string[]>, form: string, id: string) {
  const list = map.get(form);
  if (!list) map.set(form, [id]);
  else if (!list.includes(id)) list.push(id);
}

function compile(map: Map<string, string[]>, flags: string): RegExp | null {
  const forms = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return forms.length ? new RegExp(`${WORD_BEFORE}(?:${forms.join('|')})${WORD_AFTER}`, `g${flags}`) : null;
}

function table(map: Map<string, string[]>, flags: string): Table {
  return { byForm: map, pattern: compile(map, flags) };
}

/** "Economic Community of West African States (ECOWAS)/Ecowas Treaty" → names and acronyms. */
export function splitOrganizationName(raw: string): { names: string[]; acronyms: string[] } {
  const names: string[] = [];
  const acronyms: string[] = [];
  for (const part of raw.split('/')) {
    const inner = [...part.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    for (const a of inner) if (/^[A-Z][A-Za-z0-9]{1,9}$/.test(a)) acronyms.push(a);
    const name = part.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (name.length >= 4 && /\s/.test(name)) names.push(name);
  }
  return { names, acronyms };
}

const usableAcronym = (a: string) => a.length >= 2 && /^[A-Z][A-Za-z0-9]*[A-Z0-9]$/.test(a) && !IGNORED_ACRONYMS.has(a) && (a.length >= 3 || /^[A-Z]+$/.test(a));

export class Gazetteer {
  private orgNames: Table;
  private orgAcronyms: Table;
  private stateNames: Table;
  private stateAdjectives: Table;
  readonly organizations: Map<string, OrganizationEntry>;
  readonly states: Map<string, StateEntry>;

  constructor(organizations: OrganizationEntry[], states: StateEntry[], extraStateNames: Map<string, string[]> = new Map()) {
    this.organizations = new Map(organizations.map((o) => [o.slug, o]));
    this.states = new Map(states.map((s) => [s.code, s]));
    const orgNames = new Map<string, string[]>();
    const orgAcronyms = new Map<string, string[]>();
    for (const o of organizations) {
      const aliases = ORGANIZATION_ALIASES[o.slug];
      const raw = [o.name, ...o.names.map((n) => n.name), ...(aliases?.names ?? [])];
      const acronyms = [o.acronym, ...o.names.map((n) => n.acronym ?? ''), ...(aliases?.acronyms ?? [])];
      for (const r of raw) {
        const split = splitOrganizationName(r);
        split.names.forEach((n) => addForm(orgNames, fold(n), o.slug));
        acronyms.push(...split.acronyms);
        if (aliases?.names?.includes(r) && !/\s/.test(r)) addForm(orgNames, fold(r), o.slug);
      }
      for (const a of acronyms) if (a && (usableAcronym(a) || aliases?.acronyms?.includes(a))) addForm(orgAcronyms, a, o.slug);
    }
    const stateNames = new Map<string, string[]>();
    const stateAdjectives = new Map<string, string[]>();
    for (const s of states) {
      const aliases = STATE_ALIASES[s.code];
      for (const n of [s.name, ...s.names, ...(aliases?.names ?? []), ...(extraStateNames.get(s.code) ?? [])]) {
        const f = fold(n).replace(/^the /, '');
        if (f.length >= 3 && !IGNORED_STATE_NAMES.has(f)) addForm(stateNames, f, s.code);
      }
      for (const a of aliases?.adjectives ?? []) addForm(stateAdjectives, fold(a), s.code);
    }
    this.orgNames = table(orgNames, 'u');
    this.orgAcronyms = table(orgAcronyms, 'u');
    this.stateNames = table(stateNames, 'u');
    this.stateAdjectives = table(stateAdjectives, 'u');
  }

  /** Organizations named in the text; a name shared by several goes to one in existence on the day. */
  findOrganizations(text: string, day: string | null): Mention[] {
    const folded = fold(text);
    const found = [
      ...this.scan(this.orgNames, folded, text, 'name', (ids) => this.pickOrganization(ids, day)),
      ...this.scan(this.orgAcronyms, text, text, 'acronym', (ids) => this.pickOrganization(ids, day)),
    ];
    return dropOverlaps(found);
  }

  findStates(text: string, day: string | null): Mention[] {
    const folded = fold(text);
    const names = this.scan(this.stateNames, folded, text, 'name', (ids) => this.pickState(ids, day)).filter((m) => /^[\p{Lu}\d]/u.test(m.text));
    return dropOverlaps(names);
  }

  /** Adjectives ("Swedish"): the caller decides whether one stands for the state where it is. */
  findStateAdjectives(text: string): Mention[] {
    return this.scan(this.stateAdjectives, fold(text), text, 'adjective', (ids) => (ids.length === 1 ? ids[0]! : null));
  }

  private scan(t: Table, haystack: string, original: string, via: Mention['via'], pick: (ids: string[]) => string | null): Mention[] {
    if (!t.pattern) return [];
    const out: Mention[] = [];
    for (const m of haystack.matchAll(t.pattern)) {
      const ids = t.byForm.get(m[0]);
      const id = ids ? pick(ids) : null;
      if (id) out.push({ id, start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length), via });
    }
    return out;
  }

  private pickOrganization(ids: string[], day: string | null): string | null {
    if (ids.length === 1) return ids[0]!;
    const alive = ids.filter((id) => {
      const o = this.organizations.get(id);
      return !day || !o?.dissolved || o.dissolved > day;
    });
    const curated = alive.filter((id) => ORGANIZATION_ALIASES[id]);
    if (curated.length === 1) return curated[0]!;
    return alive.length === 1 ? alive[0]! : null;
  }

  private pickState(ids: string[], day: string | null): string | null {
    if (ids.length === 1) return ids[0]!;
    const alive = ids.filter((id) => {
      const s = this.states.get(id);
      return s && (!day || ((!s.started || s.started <= day) && (!s.ended || s.ended > day)));
    });
    const iso = alive.filter((id) => this.states.get(id)?.kind === 'iso');
    if (iso.length === 1) return iso[0]!;
    return alive.length === 1 ? alive[0]! : null;
  }
}

/** Where two mentions overlap the longer one stands. */
export function dropOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
