import { describe, expect, it } from 'vitest';
import type { BoundaryCollection, BoundaryFeature } from '../../../api/statistics.ts';
import { INSET_FRAME, layoutBoundaries } from './geo.ts';

/** A small square ring with its lower-left corner at (x, y). */
const square = (x: number, y: number, d = 0.1): number[][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const feature = (code: string, ...rings: number[][][]): BoundaryFeature => ({
  type: 'Feature',
  properties: { code, name: code },
  geometry: rings.length === 1 ? { type: 'Polygon', coordinates: [rings[0]!] } : { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) },
});
const ringsOf = (f: BoundaryFeature | undefined): number[][][] => {
  const g = f?.geometry;
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
};

// The inset as geo.ts defines it: (x − 125.95, y − 25.95) × 1.3 placed at (131, 41.2).
const inset = ([x, y]: number[], dx = 0) => [131 + (x! + dx - 125.95) * 1.3, 41.2 + (y! - 25.95) * 1.3];

const tokyo = feature('131016', square(139.7, 35.6));
// 小笠原村: 父島 (moved north by 6° and east by 1.5°), 沖ノ鳥島 and 南鳥島 (left out)
const ogasawara = feature('134210', square(142.2, 27.1), square(136.1, 20.4), square(153.9, 24.3));
const naha = feature('472018', square(127.7, 26.2));
// 南大東村 lies east of 129.5°E: moved 2.3° west before going into the inset
const minamidaito = feature('473576', square(131.2, 25.8));
const noGeometry: BoundaryFeature = { type: 'Feature', properties: { code: '011002', name: 'none' }, geometry: null };
const all: BoundaryCollection = { type: 'FeatureCollection', features: [tokyo, ogasawara, naha, minamidaito, noGeometry] };

describe('layoutBoundaries', () => {
  it('national map: Okinawa enlarged into a framed inset, Ogasawara moved, the far outliers dropped', () => {
    const { geojson, inset: hasInset } = layoutBoundaries(all);
    expect(hasInset).toBe(true);
    const byCode = new Map(geojson.features.map((f) => [f.properties.code, f]));

    expect(byCode.get('131016')).toBe(tokyo);
    expect(byCode.get('011002')).toBe(noGeometry);

    const oga = ringsOf(byCode.get('134210'));
    expect(oga).toHaveLength(1);
    oga[0]!.forEach((p, i) => {
      const q = square(142.2, 27.1)[i]!;
      expect(p[0]).toBeCloseTo(q[0]! + 1.5, 9);
      expect(p[1]).toBeCloseTo(q[1]! + 6, 9);
    });

    const nahaRing = ringsOf(byCode.get('472018'))[0]!;
    nahaRing.forEach((p, i) => {
      const [ex, ey] = inset(square(127.7, 26.2)[i]!);
      expect(p[0]).toBeCloseTo(ex!, 9);
      expect(p[1]).toBeCloseTo(ey!, 9);
    });
    const daitoRing = ringsOf(byCode.get('473576'))[0]!;
    daitoRing.forEach((p, i) => {
      const [ex, ey] = inset(square(131.2, 25.8)[i]!, -2.3);
      expect(p[0]).toBeCloseTo(ex!, 9);
      expect(p[1]).toBeCloseTo(ey!, 9);
    });

    // The frame comes first (drawn underneath) and encloses the inset with a 0.3° margin.
    const frame = geojson.features[0]!;
    expect(frame.properties.code).toBe(INSET_FRAME);
    const pts = [...nahaRing, ...daitoRing];
    const xs = pts.map((p) => p[0]!);
    const ys = pts.map((p) => p[1]!);
    const [x0, y0, x1, y1] = [Math.min(...xs) - 0.3, Math.min(...ys) - 0.3, Math.max(...xs) + 0.3, Math.max(...ys) + 0.3];
    const corners = ringsOf(frame)[0]!;
    expect(corners.map((p) => p.map((v) => Number(v.toFixed(9))))).toEqual(
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ].map((p) => p.map((v) => Number(v.toFixed(9)))),
    );
  });

  it('one prefecture: only its areas, Okinawa where it is, no inset', () => {
    const okinawa = layoutBoundaries(all, '47');
    expect(okinawa.inset).toBe(false);
    expect(okinawa.geojson.features).toEqual([naha, minamidaito]);

    const tokyoOnly = layoutBoundaries(all, '13');
    expect(tokyoOnly.geojson.features.map((f) => f.properties.code)).toEqual(['131016', '134210']);
    expect(ringsOf(tokyoOnly.geojson.features[1])).toHaveLength(1); // the outliers are dropped at every scale
  });

  it('leaves out an Okinawa area without geometry on the national map (nothing to draw in the inset)', () => {
    const empty: BoundaryFeature = { type: 'Feature', properties: { code: '473000', name: 'x' }, geometry: null };
    const { geojson } = layoutBoundaries({ type: 'FeatureCollection', features: [empty] });
    expect(geojson.features).toEqual([]);
  });
});
