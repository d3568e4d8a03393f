import { char, doublePrecision, date, index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Areas keyed by 全国地方公共団体コード: the nation ('000000'), prefectures, municipalities and
 * wards. Areas that were merged away stay, with valid_to set, so old series still show.
 * Small and read-mostly: on a distributed PostgreSQL this is a reference (replicated) table.
 */
export const areas = pgTable(
  'areas',
  {
    code: char('code', { length: 6 }).primaryKey(),
    prefCode: char('pref_code', { length: 2 }),
    level: text('level', { enum: ['nation', 'prefecture', 'municipality', 'ward'] }).notNull(),
    /** 政令指定都市, 中核市, 市, 特別区, 町, 村, 行政区, 都道府県, 国 */
    type: text('type').notNull(),
    name: text('name').notNull(),
    kana: text('kana'),
    nameEn: text('name_en'),
    parentCode: char('parent_code', { length: 6 }),
    county: text('county'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [index('areas_pref_idx').on(t.prefCode), index('areas_parent_idx').on(t.parentCode)],
);

export type AreaRow = typeof areas.$inferSelect;
