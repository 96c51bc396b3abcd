// The extraction on small sentences, against a gazetteer built from plain lists.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract';
import { Gazetteer } from './gazetteer';

const gazetteer = new Gazetteer(
  [
    { slug: 'icesco', acronym: 'ICESCO', name: 'Islamic World Educational, Scientific and Cultural Organization', founded: '1979', dissolved: null, names: [{ name: 'Islamic Educational, Scientific and Cultural Organization', acronym: 'ISESCO' }] },
    { slug: 'nato', acronym: 'NATO', name: 'North Atlantic Treaty Organization', founded: '1949', dissolved: null, names: [] },
    { slug: 'au', acronym: 'AU', name: 'African Union', founded: '2002', dissolved: null, names: [] },
    { slug: 'oic', acronym: 'OIC', name: 'Organisation of Islamic Cooperation', founded: '1969', dissolved: null, names: [] },
  ],
  [
    { code: 'rus', name: 'Russia', kind: 'iso', started: null, ended: null, names: ['Russian Federation'] },
    { code: 'swe', name: 'Sweden', kind: 'iso', started: null, ended: null, names: [] },
    { code: 'fin', name: 'Finland', kind: 'iso', started: null, ended: null, names: [] },
    { code: 'gab', name: 'Gabon', kind: 'iso', started: null, ended: null, names: [] },
    { code: 'ukr', name: 'Ukraine', kind: 'iso', started: null, ended: null, names: [] },
  ],
  new Map([['swe', ['Suède']]]),
);

const facts = (text: string, published = '2024-03-08', lang: 'en' | 'fr' = 'en') =>
  extractCandidates(text, gazetteer, { lang, published }).map((c) => [c.kind, c.organization, c.state, c.status, c.count, c.date, c.dateKind].filter((x) => x !== null).join(' '));

describe('extractCandidates', () => {
  it('reads an accession dated by a weekday, and nothing about a country named in passing', () => {
    expect(facts("Sweden officially became the 32nd member of NATO on Thursday, two years after Russia's invasion of Ukraine.")).toEqual(['status_change nato swe member 2024-03-07 start']);
  });

  it('matches a former name and an adjective beside a membership word', () => {
    expect(facts('Russia is an observer of ISESCO.', '2019-05-01')).toEqual(['status_change icesco rus observer 2019-05-01 asOf']);
    expect(facts('The Swedish accession to NATO was completed on Thursday.')).toEqual(['status_change nato swe member 2024-03-07 start']);
  });

  it('reads French, with the date inside the phrase', () => {
    expect(facts("L'Union africaine a levé ce mercredi 30 avril la suspension du Gabon.", '2025-04-30', 'fr')).toEqual(['status_change au gab member 2025-04-30 start']);
    expect(facts("La Suède a rejoint l'OTAN jeudi.", '2024-03-08', 'fr')).toEqual(['status_change nato swe member 2024-03-07 start']);
  });

  it('keeps hopes, plans and denials out, but an invitation that is hoped to be accepted exists', () => {
    expect(facts('Sweden hopes to join NATO and will become a member soon.')).toEqual([]);
    expect(facts('Ukraine is not a member of NATO.')).toEqual([]);
    expect(facts('ICESCO is hopeful that Russia will soon accept their invitation to join the body as a member.', '2022-04-08')).toEqual(['invitation icesco rus member 2022-04-08 by']);
  });

  it('gives each state of a list its own date', () => {
    expect(facts('Finland joined NATO in 2023, followed by Sweden in 2024.')).toEqual(['status_change nato fin member 2023 start', 'status_change nato swe member 2024 start']);
  });

  it('resolves "the alliance" to the organization named before', () => {
    expect(facts('NATO met in Brussels. Sweden applied to join the alliance in May 2022.')).toEqual(['status_change nato swe applicant 2022-05 start']);
  });

  it('reads a count claim and not a meeting', () => {
    expect(facts('The 57-nation OIC condemned the attack.', '2024-01-02')).toEqual(['count_claim oic member 57 2024-01-02 asOf']);
    expect(facts('The OIC held its 51st session; around 40 ministers took part.', '2025-06-21')).toEqual([]);
  });
});

describe('extractCandidates, other phrasings', () => {
  it('reads an organization admitting a state and a state gaining observer status in French', () => {
    expect(facts('NATO admitted Finland as its 31st member in April 2023.')).toEqual(['status_change nato fin member 2023-04 start']);
    expect(facts("La Russie a obtenu le statut d'observateur auprès de l'OCI en 2005.", '2024-03-08', 'fr')).toEqual(['status_change oic rus observer 2005 start']);
  });
});

describe('extractCandidates, what is not a fact', () => {
  it('skips steps on the way, what belongs to the organization, and committees', () => {
    expect(facts("Sweden's accession talks with NATO resumed on Thursday.")).toEqual([]);
    expect(facts("Sweden joined NATO's exercise in the Baltic on Thursday.")).toEqual([]);
    expect(facts('The AU set up a 10-member committee on Gabon.', '2024-01-02')).toEqual([]);
  });
});

describe('extractCandidates, who acts on whom', () => {
  it('reads a lifted suspension whichever way round, and a suspension by the organization', () => {
    expect(facts("Gabon's suspension from the AU was lifted on Wednesday.", '2025-04-30')).toEqual(['status_change au gab member 2025-04-30 start']);
    expect(facts('The AU suspended Gabon on Thursday.', '2023-08-31')).toEqual(['status_change au gab suspended 2023-08-31 start']);
    expect(facts('Gabon suspended its talks with the AU.', '2023-08-31')).toEqual([]);
    expect(facts('Russia expelled two diplomats, the AU said.', '2023-08-31')).toEqual([]);
  });
});
