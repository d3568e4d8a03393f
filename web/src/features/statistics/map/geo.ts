/**
 * Boundaries for the choropleth: the shipped GeoJSON, filtered to one prefecture when asked,
 * with Japan's far-flung islands laid out as printed maps of Japan do. On the national map
 * Okinawa is moved (enlarged 1.3×) into a framed inset in the Sea of Japan; the Ogasawara islands are moved north
 * next to the Izu islands; the uninhabited outliers (沖ノ鳥島, 南鳥島, 硫黄列島) are left out of the
 * drawing (their municipality keeps its main islands). Tables always carry every area.
 */
import type { BoundaryCollection, BoundaryFeature } from '../../../api/statistics.ts';

type Ring = number[][];
type Poly = Ring[];

export const INSET_FRAME = '__inset__';
const OKINAWA = '47';
/**
 * Okinawa in the inset: the 大東諸島 moved 2.3° west (next to the main islands), then the whole
 * prefecture enlarged 1.3× about the centre of its islands (125.95°E, 25.95°N) and placed with
 * that centre at (131°E, 41.2°N), in the open Sea of Japan clear of Honshu and Hokkaido.
 */
const DAITO_WEST = 2.3;
const OKINAWA_CENTRE: [number, number] = [125.95, 25.95];
const INSET_CENTRE: [number, number] = [131, 41.2];
const INSET_SCALE = 1.3;
/** Ogasawara (父島・母島・聟島列島) next to the Izu islands. */
const OGASAWARA_SHIFT: [number, number] = [1.5, 6];

function polygons(f: BoundaryFeature): Poly[] {
  if (!f.geometry) return [];
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function centroid(ring: Ring): [number, number] {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0]!;
    y += p[1]!;
  }
  return [x / Math.max(1, ring.length), y / Math.max(1, ring.length)];
}

const shift = (poly: Poly, [dx, dy]: [number, number]): Poly => poly.map((ring) => ring.map((p) => [p[0]! + dx, p[1]! + dy]));

function toInset(poly: Poly): Poly {
  const [x] = centroid(poly[0] ?? []);
  const dx = x > 129.5 ? -DAITO_WEST : 0;
  return poly.map((ring) => ring.map((p) => [INSET_CENTRE[0] + (p[0]! + dx - OKINAWA_CENTRE[0]) * INSET_SCALE, INSET_CENTRE[1] + (p[1]! - OKINAWA_CENTRE[1]) * INSET_SCALE]));
}

function withPolys(f: BoundaryFeature, polys: Poly[]): BoundaryFeature | null {
  if (polys.length === 0) return null;
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

function bbox(polys: Poly[]): [number, number, number, number] | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const poly of polys)
    for (const p of poly[0] ?? []) {
      x0 = Math.min(x0, p[0]!);
      y0 = Math.min(y0, p[1]!);
      x1 = Math.max(x1, p[0]!);
      y1 = Math.max(y1, p[1]!);
    }
  return Number.isFinite(x0) ? [x0, y0, x1, y1] : null;
}

/** Lays out one feature: Okinawa into the inset (national map only), the southern islands of Tokyo closer. */
function layoutFeature(f: BoundaryFeature, national: boolean): BoundaryFeature | null {
  const code = String(f.properties.code ?? '');
  const polys = polygons(f);
  if (code.startsWith(OKINAWA)) return national ? withPolys(f, polys.map(toInset)) : f;
  let changed = false;
  const out: Poly[] = [];
  for (const poly of polys) {
    const [x, y] = centroid(poly[0] ?? []);
    if (y < 26 || x > 150) {
      changed = true; // 沖ノ鳥島, 南鳥島, 硫黄列島
      continue;
    }
    if (y < 28.5 && x > 140) {
      changed = true;
      out.push(shift(poly, OGASAWARA_SHIFT));
      continue;
    }
    out.push(poly);
  }
  return changed ? withPolys(f, out) : f;
}

/**
 * A point (a marker) placed as layoutBoundaries places its area on the national map: in 沖縄県
 * (団体コード 47…) moved into the inset, on the Ogasawara islands moved with them; null for the
 * outliers left out of the drawing.
 */
export function layoutPoint(areaCode: string, lon: number, lat: number): [number, number] | null {
  if (areaCode.startsWith(OKINAWA)) {
    const [[p]] = toInset([[[lon, lat]]]) as [[[number, number]]];
    return [p[0], p[1]];
  }
  if (lat < 26 || lon > 150) return null;
  if (lat < 28.5 && lon > 140) return [lon + OGASAWARA_SHIFT[0], lat + OGASAWARA_SHIFT[1]];
  return [lon, lat];
}

/** The collection to register with ECharts for a level and an optional prefecture filter. */
export function layoutBoundaries(fc: BoundaryCollection, prefCode?: string): { geojson: BoundaryCollection; inset: boolean } {
  const national = !prefCode;
  const features: BoundaryFeature[] = [];
  const okinawa: Poly[] = [];
  for (const f of fc.features) {
    const code = String(f.properties.code ?? '');
    if (prefCode && !code.startsWith(prefCode)) continue;
    const laid = layoutFeature(f, national);
    if (!laid) continue;
    if (national && code.startsWith(OKINAWA)) okinawa.push(...polygons(laid));
    features.push(laid);
  }
  const box = national ? bbox(okinawa) : null;
  if (box) {
    const m = 0.3;
    const [x0, y0, x1, y1] = [box[0] - m, box[1] - m, box[2] + m, box[3] + m];
    // A frame around the inset, drawn first (underneath) and never interactive.
    const frame: BoundaryFeature = {
      type: 'Feature',
      properties: { code: INSET_FRAME, name: INSET_FRAME },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x0, y0],
            [x1, y0],
            [x1, y1],
            [x0, y1],
            [x0, y0],
          ],
        ],
      },
    };
    features.unshift(frame);
  }
  return { geojson: { type: 'FeatureCollection', features }, inset: !!box };
}
