// A server component: each state is a <use> of its shape in public/world-shapes.svg (world-sprite.ts),
// so the shapes travel once, as a file the browser caches, and the map costs no JavaScript.
import Link from 'next/link';
import type { MapHolding } from '@/db/queries/chart';
import { countsAsMember, HELD_STATUSES, STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';
import { STATUS_COLORS } from './status-style';
import SHAPES from './world-paths.json';
import { spriteId, WORLD_SPRITE_URL } from './world-sprite';
import type { CountryShape } from './world-shapes';

// world-paths.json is countryShapes() written out (see world-paths.test.ts): no projection code runs per request.
const MAP_WIDTH = 960;
const MAP_HEIGHT = 470;

type Box = [number, number, number, number];

/**
 * The part of the world where the coloured states are, padded and widened to a map-like shape;
 * the whole world when they are spread over most of it.
 */
export function mapView(shapes: CountryShape[], codes: Set<string>): Box {
  const boxes = shapes.filter((s) => s.code && codes.has(s.code)).map((s) => s.box);
  if (boxes.length === 0) return [0, 0, MAP_WIDTH, MAP_HEIGHT];
  let [x0, y0, x1, y1] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const pad = Math.max(x1 - x0, y1 - y0) * 0.06 + 10;
  [x0, y0, x1, y1] = [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
  // Never narrower than 1.4 wide per 1 high, nor taller than the world.
  const minWidth = (y1 - y0) * 1.4;
  if (x1 - x0 < minWidth) { const grow = (minWidth - (x1 - x0)) / 2; x0 -= grow; x1 += grow; }
  const minHeight = (x1 - x0) / 2.2;
  if (y1 - y0 < minHeight) { const grow = (minHeight - (y1 - y0)) / 2; y0 -= grow; y1 += grow; }
  x0 = Math.max(0, x0); y0 = Math.max(0, y0); x1 = Math.min(MAP_WIDTH, x1); y1 = Math.min(MAP_HEIGHT, y1);
  return [Math.round(x0), Math.round(y0), Math.round(x1), Math.round(y1)];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

const NO_STATUS_FILL = '#e5e7eb';

/** States coloured by their status on a day; every coloured state is a link named on hover and focus. */
export function WorldMap({ holdings, caption }: { holdings: MapHolding[]; caption: string }) {
  const all = SHAPES as CountryShape[];
  // The members set the view; observers and partners far away (Russia for the OIC) are listed and linked but need not widen it.
  const core = holdings.filter((h) => countsAsMember(h.status));
  const view = mapView(all, new Set((core.length ? core : holdings).map((h) => h.code)));
  // Only shapes inside the view are drawn: the page stays light.
  const shapes = all.map((shape, index) => ({ ...shape, index })).filter((s) => overlaps(s.box, view));
  const byCode = new Map(holdings.map((h) => [h.code, h]));
  const drawn = new Set(all.map((s) => s.code));
  const withoutShape = holdings.filter((h) => !drawn.has(h.code));
  const present = HELD_STATUSES.filter((s) => holdings.some((h) => h.status === s));
  const countOf = (status: HeldStatus) => holdings.filter((h) => h.status === status).length;

  return (
    <figure className="space-y-2" aria-labelledby="map-caption">
      <figcaption id="map-caption" className="text-sm text-slate-700">{caption}</figcaption>
      <svg
        viewBox={view.join(' ')} data-testid="world-map"
        className="h-auto w-full rounded border border-slate-200 bg-sky-50 [&_a]:outline-none [&_a:focus-visible_use]:stroke-black [&_a:focus-visible_use]:[stroke-width:2] [&_a:hover_use]:stroke-black [&_a:hover_use]:[stroke-width:1.5]" stroke="#fff" strokeWidth={0.5}
      >
        <g fill={NO_STATUS_FILL}>
          {shapes.filter((shape) => !(shape.code && byCode.has(shape.code))).map((shape) => <use key={shape.index} href={`${WORLD_SPRITE_URL}#${spriteId(shape.index)}`} />)}
        </g>
        {shapes.map((shape) => {
          const holding = shape.code ? byCode.get(shape.code) : undefined;
          if (!holding) return null;
          return (
            <a key={shape.index} href={`/countries/${holding.code}`}>
              <title>{`${holding.name}: ${STATUS_LABELS[holding.status]}`}</title>
              <use href={`${WORLD_SPRITE_URL}#${spriteId(shape.index)}`} fill={STATUS_COLORS[holding.status].fill} />
            </a>
          );
        })}
      </svg>
      <ul aria-label="Map legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {present.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill={STATUS_COLORS[status].fill} /></svg>
            {STATUS_LABELS[status]} ({countOf(status)})
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill={NO_STATUS_FILL} stroke="#9ca3af" /></svg>
          No status
        </li>
      </ul>
      {withoutShape.length ? (
        <div className="text-sm">
          <p className="text-slate-700">Too small for this map or without a shape of their own:</p>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1" aria-label="States not drawn on the map">
            {withoutShape.map((h) => (
              <li key={h.code}>
                <Link href={`/countries/${h.code}`} className="underline decoration-slate-300 hover:decoration-slate-700">{h.name}</Link>{' '}
                <span className="text-slate-600">({STATUS_LABELS[h.status].toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </figure>
  );
}
