// Reads the compressed COW IGO v3 copies shipped in this folder (see README.md).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';

export const COW_FOLDER = path.join(process.cwd(), 'db', 'seed', 'cow');

function gunzip(name: string): string {
  return zlib.gunzipSync(fs.readFileSync(path.join(COW_FOLDER, name))).toString('utf8');
}

export type IgoYearRow = { ioname: string; year: number; cells: string[] };
/** igo_year_format3 reduced to ioname, year and one cell per state column (`keys`, the states2016 keys). */
export type IgoYears = { keys: string[]; rows: IgoYearRow[] };

export function readIgoYears(): IgoYears {
  const lines = gunzip('igo-years.csv.gz').split('\n');
  const header = lines[0]!.split(',');
  const rows: IgoYearRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const cells = line.split(',');
    rows.push({ ioname: cells[0]!, year: Number(cells[1]), cells: cells.slice(2) });
  }
  return { keys: header.slice(2), rows };
}

export type CowOrganization = { ioname: string; ionum: number; orgname: string; longorgname: string; sdate: number | null; deaddate: number | null };

export function readCowOrganizations(): CowOrganization[] {
  const rows = parse(gunzip('organizations.csv.gz'), { columns: true }) as Record<string, string>[];
  const year = (v: string | undefined) => (v ? Number(v) : null);
  return rows.map((r) => ({
    ioname: r.ioname!, ionum: Number(r.ionum), orgname: r.orgname!, longorgname: r.longorgname || r.orgname!,
    sdate: year(r.sdate), deaddate: year(r.deaddate),
  }));
}

export type CowStatePeriod = { ccode: number; stateabb: string; statenme: string; start: string; end: string; state: string };

/** states2016: one row per period of system membership. */
export function readStates2016(): CowStatePeriod[] {
  const rows = parse(gunzip('states2016.csv.gz'), { columns: true }) as Record<string, string>[];
  const day = (y?: string, m?: string, d?: string) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return rows.map((r) => ({
    ccode: Number(r.ccode), stateabb: r.stateabb!, statenme: r.statenme!, state: r.state!,
    start: day(r.styear, r.stmonth, r.stday), end: day(r.endyear, r.endmonth, r.endday),
  }));
}
