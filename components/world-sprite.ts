// The world's shapes as one SVG file (public/world-shapes.svg) that the map draws with <use>: the
// browser fetches and caches it once like an image, so the map needs no JavaScript and its paths
// are in neither the page's HTML nor its script. Shape i of world-paths.json has the id `s<i>`.
import type { CountryShape } from './world-shapes';

export const WORLD_SPRITE_URL = '/world-shapes.svg';

export const spriteId = (index: number) => `s${index}`;

export function worldSprite(shapes: CountryShape[]): string {
  const paths = shapes.map((shape, i) => `<path id="${spriteId(i)}" d="${shape.d}"/>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg"><defs>\n${paths}\n</defs></svg>\n`;
}
