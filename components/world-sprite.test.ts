import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import SHAPES from './world-paths.json';
import { spriteId, worldSprite } from './world-sprite';
import type { CountryShape } from './world-shapes';

// After a change to world-paths.json, write the file again:
// npx tsx -e "require('fs').writeFileSync('public/world-shapes.svg', require('./components/world-sprite').worldSprite(require('./components/world-paths.json')))"
describe('public/world-shapes.svg', () => {
  const file = fs.readFileSync(path.join(process.cwd(), 'public', 'world-shapes.svg'), 'utf8');

  it('holds exactly the shapes of world-paths.json', () => {
    expect(file).toBe(worldSprite(SHAPES as CountryShape[]));
  });

  it('gives every shape its own id, so that the map can draw it by reference', () => {
    const ids = [...file.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(SHAPES.length);
    expect(new Set(ids).size).toBe(SHAPES.length);
    const egypt = SHAPES.findIndex((s) => s.code === 'egy');
    expect(file).toContain(`<path id="${spriteId(egypt)}" d="${SHAPES[egypt]!.d}"/>`);
  });
});
