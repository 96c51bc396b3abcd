// ISO 3166-1 states from i18n-iso-countries, with the common names people search by.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** Display names where the package's first English name is not the one in common use. */
const DISPLAY_NAMES: Record<string, string> = {
  CI: "Côte d'Ivoire",
  SY: 'Syria',
  IR: 'Iran',
  RU: 'Russia',
  MK: 'North Macedonia',
  VA: 'Holy See',
  TW: 'Taiwan',
  LA: 'Laos',
  PS: 'Palestine',
  BO: 'Bolivia',
  VE: 'Venezuela',
  TZ: 'Tanzania',
  MD: 'Moldova',
  FM: 'Micronesia',
  KP: 'North Korea',
  US: 'United States',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  CV: 'Cabo Verde',
  CZ: 'Czechia',
  BN: 'Brunei',
};

/** Other names the package does not list. */
const EXTRA_NAMES: Record<string, string[]> = {
  SY: ['Syrian Arab Republic'],
  RU: ['Russian Federation'],
  LA: ["Lao People's Democratic Republic"],
  VA: ['Vatican', 'Vatican City'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  MM: ['Burma'],
  BN: ['Brunei Darussalam'],
  CD: ['Congo-Kinshasa', 'Zaire'],
  CG: ['Congo-Brazzaville'],
  TL: ['East Timor'],
  MK: ['Macedonia'],
  CZ: ['Czech Republic'],
  GB: ['Britain'],
  NL: ['Holland'],
  KR: ['Korea'],
  BO: ['Plurinational State of Bolivia'],
  VE: ['Bolivarian Republic of Venezuela'],
  TZ: ['United Republic of Tanzania'],
  MD: ['Republic of Moldova'],
  KP: ["Democratic People's Republic of Korea"],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
};

/** Not ISO 3166-1 (a user-assigned code in the package): loaded as an entity instead. */
const NOT_ISO = new Set(['XK']);

export type IsoState = { code: string; name: string; iso2: string; iso3: string; otherNames: string[] };

export function listIsoStates(): IsoState[] {
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const result: IsoState[] = [];
  for (const [iso2, names] of Object.entries(all)) {
    if (NOT_ISO.has(iso2)) continue;
    const iso3 = countries.alpha2ToAlpha3(iso2);
    if (!iso3) continue;
    const name = DISPLAY_NAMES[iso2] ?? names[0] ?? iso2;
    const otherNames = [...new Set([...names, ...(EXTRA_NAMES[iso2] ?? [])])].filter((n) => n !== name);
    result.push({ code: iso3.toLowerCase(), name, iso2, iso3, otherNames });
  }
  return result.sort((a, b) => a.code.localeCompare(b.code));
}
