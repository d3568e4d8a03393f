/**
 * Boundaries for the maps: the shipped TopoJSON (Digital Agency's Japan Dashboard maps, from
 * 国土数値情報 N03 2025) converted once to GeoJSON, cached in memory as JSON text and gzip.
 * feature.id and feature.properties.code are the 6-digit 団体コード; properties.name the name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { NotFoundError } from '../../../shared/errors.ts';
import { checkDigit } from '../../../shared/local-gov-code.ts';

/** Where the shipped boundary files are. The one place to change if the data moves. */
export const BOUNDARIES_DIR = fileURLToPath(new URL('../../../../reference-data/statistics/boundaries/', import.meta.url));

export const BOUNDARY_LEVELS = ['prefecture', 'municipality'] as const;
export type BoundaryLevel = (typeof BOUNDARY_LEVELS)[number];

export const BOUNDARY_FILES: Record<BoundaryLevel, string> = {
  prefecture: 'prefectures_2025_digital_agency.topojson',
  municipality: 'municipalities_2025_digital_agency.topojson',
};

export const BOUNDARY_ATTRIBUTION = '出典：国土交通省 国土数値情報ダウンロードサイト（行政区域データ）（デジタル庁加工）を加工して作成';

export interface BoundaryProperties {
  code: string;
  name: string;
  pref_code: string;
}

/** Coordinates rounded to 5 decimals (about 1 m; the source is quantised to about 10 m). */
function roundCoords(c: unknown): unknown {
  if (Array.isArray(c) && typeof c[0] === 'number') return c.map((x: number) => Math.round(x * 1e5) / 1e5);
  return Array.isArray(c) ? c.map(roundCoords) : c;
}

function propertiesOf(level: BoundaryLevel, p: Record<string, unknown>): BoundaryProperties | null {
  const prefCode = String(p.prefecture_code ?? p.pref_code ?? '').padStart(2, '0');
  if (level === 'prefecture') {
    if (!/^\d{2}$/.test(prefCode) || prefCode === '00') return null;
    return { code: `${prefCode}000${checkDigit(`${prefCode}000`)}`, name: String(p.prefecture_name ?? p.name ?? ''), pref_code: prefCode };
  }
  const code = typeof p.lg_code === 'string' ? p.lg_code : null;
  if (!code || !/^\d{6}$/.test(code)) return null; // 所属未定地 etc.
  return { code, name: String(p.city_name ?? p.name ?? ''), pref_code: code.slice(0, 2) };
}

/** TopoJSON (first object, or the one named like the level) → GeoJSON with {code, name, pref_code}. */
export function topologyToGeoJson(topology: Topology, level: BoundaryLevel): FeatureCollection<Geometry, BoundaryProperties> {
  const names = Object.keys(topology.objects);
  const name = names.find((n) => n.startsWith(level)) ?? names[0];
  if (!name) throw new Error('TopoJSON has no objects');
  const fc = feature(topology, topology.objects[name]!) as FeatureCollection<Geometry, Record<string, unknown>> | Feature<Geometry, Record<string, unknown>>;
  const features = fc.type === 'FeatureCollection' ? fc.features : [fc];
  const out: Array<Feature<Geometry, BoundaryProperties>> = [];
  for (const f of features) {
    const props = propertiesOf(level, f.properties ?? {});
    if (!props || !f.geometry) continue;
    const geometry = 'coordinates' in f.geometry ? ({ ...f.geometry, coordinates: roundCoords(f.geometry.coordinates) } as Geometry) : f.geometry;
    out.push({ type: 'Feature', id: props.code, properties: props, geometry });
  }
  out.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  return { type: 'FeatureCollection', features: out };
}

export interface ServedBoundary {
  json: string;
  gzip: Uint8Array;
  etag: string;
  count: number;
}

/** Converts each level once, on first use; later calls return the same bytes. */
export class BoundaryCache {
  private readonly cache = new Map<BoundaryLevel, ServedBoundary>();
  constructor(private readonly dir: string = BOUNDARIES_DIR) {}

  path(level: BoundaryLevel): string {
    return `${this.dir.endsWith('/') ? this.dir : `${this.dir}/`}${BOUNDARY_FILES[level]}`;
  }

  get(level: BoundaryLevel): ServedBoundary {
    const hit = this.cache.get(level);
    if (hit) return hit;
    const file = this.path(level);
    if (!existsSync(file)) throw new NotFoundError(`境界データ（${BOUNDARY_FILES[level]}）がありません`);
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const fc = topologyToGeoJson(topology, level);
    // A foreign member (RFC 7946 §6.1) so the credit travels with the file.
    const json = JSON.stringify({ ...fc, attribution: [BOUNDARY_ATTRIBUTION] });
    const served = { json, gzip: gzipSync(json, { level: 9 }), etag: `"${createHash('sha256').update(json).digest('hex').slice(0, 32)}"`, count: fc.features.length };
    this.cache.set(level, served);
    return served;
  }
}
