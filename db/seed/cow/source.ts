// The one source every COW-derived fact cites.
export const COW_SOURCE = {
  url: 'https://correlatesofwar.org/data-sets/IGOs',
  title: 'Correlates of War IGO dataset v3',
  publisher: 'Correlates of War Project',
  author:
    'Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020. "Tracking Organizations in the World: ' +
    'The Correlates of War IGO Version 3.0 datasets." Journal of Peace Research 57(3): 492–503. doi:10.1177/0022343319881175',
  kind: 'dataset' as const,
};

export function cowLocator(ioname: string, year: number, column: string, value: string): string {
  return `igo_year_format3: ioname=${ioname}, year=${year}, column=${column}, value=${value === '' ? 'NA' : value}`;
}
