import { describe, expect, it } from 'vitest';
import { decodablePath } from './malformed-address';

describe('decodablePath', () => {
  it('accepts plain, escaped and non-Latin paths', () => {
    for (const url of ['/', '/organizations/oic/on/1999-01-01', '/countries/c%C3%B4te', '/sources?q=%E0%A4%A', '/search?q=100%']) expect(decodablePath(url), url).toBe(true);
  });

  it('refuses a path with a broken escape, whatever the query', () => {
    for (const url of ['/%E0%A4%A', '/countries/%', '/organizations/oic/on/%ZZ', '/a%C3?q=ok']) expect(decodablePath(url), url).toBe(false);
  });
});
