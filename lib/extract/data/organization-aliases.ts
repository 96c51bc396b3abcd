// Names the database does not hold: common English forms and French names, by organization slug.
// Acronyms are matched with their case; names without it.
export type OrganizationAliases = { names?: string[]; acronyms?: string[] };

export const ORGANIZATION_ALIASES: Record<string, OrganizationAliases> = {
  au: { names: ['African Union', 'Union africaine'], acronyms: ['AU', 'UA'] },
  eu: { names: ['European Union', 'Union européenne'], acronyms: ['EU', 'UE'] },
  un: { names: ['United Nations', 'Nations unies', 'Organisation des Nations unies'], acronyms: ['UN', 'ONU'] },
  nato: { names: ['North Atlantic Treaty Organization', 'Atlantic Alliance', 'Alliance atlantique', "Organisation du traité de l'Atlantique nord"], acronyms: ['NATO', 'Nato', 'OTAN', 'Otan'] },
  oic: { names: ['Organisation de la coopération islamique', 'Organisation de la conférence islamique', 'Organization of Islamic Cooperation'], acronyms: ['OIC', 'OCI'] },
  icesco: { names: ["Organisation du monde islamique pour l'éducation, la science et la culture"], acronyms: ['ICESCO', 'ISESCO'] },
  las: { names: ['Arab League', 'League of Arab States', 'Ligue arabe', 'Ligue des États arabes'] },
  asean: { names: ["Association des nations de l'Asie du Sud-Est", 'Association of South East Asian Nations'], acronyms: ['ASEAN', 'Asean', 'ANASE'] },
  sco: { names: ['Shanghai Cooperation Organization', 'Organisation de coopération de Shanghai'], acronyms: ['SCO', 'OCS'] },
  brics: { names: ['BRICS'], acronyms: ['BRICS', 'Brics'] },
  commonwealth: { names: ['Commonwealth of Nations', 'Commonwealth des nations', 'the Commonwealth', 'le Commonwealth'] },
  ecowas: { names: ['Economic Community of West African States', "Communauté économique des États de l'Afrique de l'Ouest"], acronyms: ['ECOWAS', 'Ecowas', 'CEDEAO', 'Cédéao', 'Cedeao'] },
  eccas: { names: ["Communauté économique des États de l'Afrique centrale"], acronyms: ['ECCAS', 'CEEAC'] },
  oas: { names: ['Organization of American States', 'Organisation des États américains'], acronyms: ['OAS', 'OEA'] },
  coe: { names: ['Council of Europe', "Conseil de l'Europe"], acronyms: ['CoE'] },
  wto: { names: ['World Trade Organization', 'Organisation mondiale du commerce'], acronyms: ['WTO', 'OMC'] },
  opec: { names: ['Organization of the Petroleum Exporting Countries', 'Organisation des pays exportateurs de pétrole'], acronyms: ['OPEC', 'OPEP', 'Opec'] },
  osce: { names: ['Organization for Security and Co-operation in Europe', 'Organisation pour la sécurité et la coopération en Europe'], acronyms: ['OSCE'] },
  cis: { names: ['Commonwealth of Independent States', 'Communauté des États indépendants'], acronyms: ['CIS', 'CEI'] },
  csto: { names: ['Collective Security Treaty Organization', 'Organisation du traité de sécurité collective'], acronyms: ['CSTO', 'OTSC'] },
  sadc: { names: ['Southern African Development Community', "Communauté de développement d'Afrique australe"], acronyms: ['SADC'] },
  uemoa: { names: ['Union économique et monétaire ouest-africaine', 'West African Economic and Monetary Union'], acronyms: ['UEMOA', 'WAEMU'] },
  cemac: { names: ["Communauté économique et monétaire de l'Afrique centrale"], acronyms: ['CEMAC'] },
  gcc: { names: ['Gulf Cooperation Council', 'Conseil de coopération du Golfe'], acronyms: ['GCC', 'CCG'] },
  mercosur: { names: ['Mercosur', 'Mercosul'], acronyms: ['MERCOSUR'] },
  caricom: { names: ['Caribbean Community'], acronyms: ['CARICOM', 'Caricom'] },
  eac: { names: ['East African Community', "Communauté d'Afrique de l'Est"], acronyms: ['EAC'] },
  igad: { names: ['Intergovernmental Authority on Development'], acronyms: ['IGAD'] },
  comesa: { names: ['Common Market for Eastern and Southern Africa'], acronyms: ['COMESA', 'Comesa'] },
  pif: { names: ['Pacific Islands Forum', 'Forum des îles du Pacifique'], acronyms: ['PIF'] },
  nam: { names: ['Non-Aligned Movement', 'Mouvement des non-alignés'], acronyms: ['NAM'] },
  unesco: { names: ['Unesco'], acronyms: ['UNESCO'] },
  who: { names: ['World Health Organization', 'Organisation mondiale de la santé'], acronyms: ['WHO', 'OMS'] },
  oecd: { names: ['Organisation for Economic Co-operation and Development', 'Organisation de coopération et de développement économiques'], acronyms: ['OECD', 'OCDE'] },
};

/** Acronyms in the database that are ordinary words or names in news text. */
export const IGNORED_ACRONYMS = new Set(['AP', 'PC', 'BC', 'BS', 'UM', 'OSLO', 'BONN', 'COLOMBO', 'LATIN', 'SCHENGEN', 'VALDIVIA', 'Montreal', 'Andean', 'Entente', 'Danube', 'Corg', 'ATO', 'ICC', 'IS', 'ARC', 'ISA', 'IES', 'GEO', 'IMI', 'PED', 'CAB', 'WHO']);
