// Revisions told in plain words: no column names or camel-cased record kinds on a reader's screen.

const KIND_WORDS: Record<string, [string, string]> = {
  statusChanges: ['status change', 'status changes'],
  countClaims: ['count claim', 'count claims'],
  invitations: ['invitation', 'invitations'],
  organizations: ['organization', 'organizations'],
  sources: ['source', 'sources'],
  citations: ['citation', 'citations'],
  entities: ['entity', 'entities'],
};

/** "62 statusChanges, 1 entities" → "62 status changes, 1 entity". */
export function readableSummary(summary: string): string {
  return summary.replace(/\b(\d+) (statusChanges|countClaims|invitations|organizations|sources|citations|entities)\b/g, (_m, n: string, kind: string) => {
    const [one, many] = KIND_WORDS[kind]!;
    return `${n} ${n === '1' ? one : many}`;
  });
}

const FIELD_WORDS: Record<string, string> = {
  date: 'date', dateKind: 'kind of date', status: 'status', invitedStatus: 'invited to become', outcome: 'outcome', outcomeDate: 'date of the outcome',
  note: 'note', organizationId: 'organization', stateId: 'state', sourceId: 'source', givenDate: 'date the source gives', locator: 'where in the source',
  quote: 'quote', count: 'number', name: 'name', acronym: 'acronym', slug: 'address name', founded: 'founded', dissolved: 'dissolved',
  headquarters: 'headquarters', website: 'website', parentId: 'parent organization', description: 'description', cowId: 'Correlates of War name',
  wikidataId: 'Wikidata id', iso2: 'ISO alpha-2', iso3: 'ISO alpha-3', cowCode: 'Correlates of War code', started: 'came into existence',
  ended: 'ceased to exist', successorId: 'successor', url: 'address', title: 'title', publisher: 'publisher', author: 'author',
  published: 'publication date', retrieved: 'date retrieved', language: 'language', kind: 'kind', version: 'version', citations: 'citations',
  resultingChangeId: 'resulting status change', otherNames: 'other names', formerNames: 'former names',
};

/** A record field as a reader would name it: "dateKind" → "kind of date". */
export function fieldWords(field: string): string {
  if (FIELD_WORDS[field]) return FIELD_WORDS[field];
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
