import { describe, expect, it } from 'vitest';
import { countryShapes } from './world-shapes';
import SHAPES from './world-paths.json';

// After a change to world-shapes.ts, write the file again:
// npx tsx -e "require('fs').writeFileSync('components/world-paths.json', JSON.stringify(require('./components/world-shapes').countryShapes()))"
describe('world-paths.json', () => {
  it('is exactly the projected shapes the map is drawn from', () => {
    expect(SHAPES).toEqual(countryShapes());
  });
});

describe('countryShapes', () => {
  it('gives compact paths keyed by state code, without Antarctica', () => {
    const shapes = countryShapes();
    const codes = new Set(shapes.map((s) => s.code));
    expect(codes.has('egy')).toBe(true);
    expect(codes.has('civ')).toBe(true);
    expect(codes.has('northern-cyprus')).toBe(true);
    expect(codes.has('ata')).toBe(false);
    expect(shapes.find((s) => s.code === 'egy')!.d).toMatch(/^M\d+ \d+l[-\d ]+z/);
    expect(shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(60_000);
  });
});
