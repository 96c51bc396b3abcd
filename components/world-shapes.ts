// Natural Earth 1:110m country shapes projected once per process, as compact SVG paths keyed by
// Memberline state code. The shapes never change, so the work is cached for the process's life.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { numericToAlpha3 } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/** Coordinates are whole units of a 960×470 box: fine enough once zoomed, and light to send. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
const ANTARCTICA = '010';

/** Shapes without an ISO numeric id in Natural Earth, matched to the entity codes Memberline uses. */
const ENTITY_CODES: Record<string, string> = { 'N. Cyprus': 'northern-cyprus', Kosovo: 'kosovo', Somaliland: 'somaliland' };

/** `box`: the shape's bounds [x0, y0, x1, y1], to zoom the map to where an organization's states are. */
export type CountryShape = { code: string | null; name: string; d: string; box: [number, number, number, number] };

/** A path as absolute move + relative lines with integer coordinates; duplicate points dropped. */
function compactPath(rings: [number, number][][]): string {
  let out = '';
  for (const ring of rings) {
    const points: [number, number][] = [];
    for (const [x, y] of ring) {
      const q: [number, number] = [Math.round(x), Math.round(y)];
      const last = points.at(-1);
      if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
    }
    if (points.length < 3) continue;
    let [lx, ly] = points[0]!;
    let line = '';
    for (const [x, y] of points.slice(1)) {
      line += `${line ? ' ' : ''}${x - lx} ${y - ly}`;
      lx = x;
      ly = y;
    }
    out += `M${points[0]![0]} ${points[0]![1]}l${line.replace(/ -/g, '-')}z`;
  }
  return out;
}

function project(): CountryShape[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent([[2, 2], [MAP_WIDTH - 2, MAP_HEIGHT - 2]], { type: 'FeatureCollection', features });
  return features
    .map((f: Feature<Geometry, { name: string }>) => {
      const rings: [number, number][][] = [];
      let ring: [number, number][] = [];
      geoPath(projection, {
        moveTo(x: number, y: number) { ring = [[x, y]]; rings.push(ring); },
        lineTo(x: number, y: number) { ring.push([x, y]); },
        closePath() {},
        arc() {},
      } as unknown as CanvasRenderingContext2D)(f);
      const alpha3 = f.id !== undefined ? numericToAlpha3(String(f.id)) : undefined;
      const code = alpha3 ? alpha3.toLowerCase() : (ENTITY_CODES[f.properties.name] ?? null);
      const xs = rings.flat().map((p) => p[0]);
      const ys = rings.flat().map((p) => p[1]);
      const box: CountryShape['box'] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      return { code, name: f.properties.name, d: compactPath(rings), box };
    })
    .filter((s) => s.d.length > 0);
}

let cached: CountryShape[] | null = null;

export function countryShapes(): CountryShape[] {
  cached ??= project();
  return cached;
}
