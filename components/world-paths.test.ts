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
