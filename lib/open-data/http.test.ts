import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './http';

const cells = (csv: string) => (parse(csv) as string[][])[1]!;

describe('CSV', () => {
  it('opens formula-looking text as text in a spreadsheet', () => {
    const dangerous = ['=HYPERLINK("http://evil.example","x")', '@SUM(1+1)', '+1+1', '-1+cmd|calc', '\t=1', '\r=1', '＝1'];
    expect(cells(toCsv(dangerous.map((_, i) => `c${i}`), [dangerous]))).toEqual(dangerous.map((v) => `'${v}`));
  });

  it('leaves ordinary text, dates and numbers (negative ones too) as they are', () => {
    const row = ['Russia', '2005-06-30', 'a = b', 54, -3, ''];
    expect(cells(toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [row]))).toEqual(['Russia', '2005-06-30', 'a = b', '54', '-3', '']);
  });
});
