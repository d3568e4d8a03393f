/**
 * The indicator store: a catalog of indicators and their values by area (団体コード) and period.
 * indicator_values is keyed by area_code first, so it distributes by 団体コード; indicators is a
 * small reference table.
 */
import { char, date, doublePrecision, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Japan Dashboard's seven categories. */
export const CATEGORIES = {
  population: '人口',
  economy: '経済',
  education: '教育',
  social_security: '社会保障',
  living: '暮らし',
  infrastructure: '社会基盤',
  local_finance: '地方行財政',
} as const;
export type Category = keyof typeof CATEGORIES;

export const indicators = pgTable('indicators', {
  code: text('code').primaryKey(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en'),
  unit: text('unit').notNull(),
  category: text('category', { enum: Object.keys(CATEGORIES) as [Category, ...Category[]] }).notNull(),
  /** 出典 as it must be shown with the data */
  source: text('source').notNull(),
  licence: text('licence').notNull(),
  /** e.g. 毎年（1月1日現在）, 5年ごと, 毎年度 */
  frequency: text('frequency'),
  notes: text('notes'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Flags of statistical values. A null value with a flag records a published non-figure. */
export const VALUE_FLAGS = {
  preliminary: '速報',
  estimate: '推計',
  confidential: '秘匿（x）',
  not_applicable: '該当なし（－）',
  not_available: '不詳・未公表（…）',
  reference: '参考値',
} as const;
export type ValueFlag = keyof typeof VALUE_FLAGS;

export const indicatorValues = pgTable(
  'indicator_values',
  {
    areaCode: char('area_code', { length: 6 }).notNull(),
    indicatorCode: text('indicator_code').notNull(),
    /** canonical period label: '2020', 'FY2020', '2020-10', '2020-10-01' */
    period: text('period').notNull(),
    periodEnd: date('period_end').notNull(),
    value: doublePrecision('value'),
    flag: text('flag', { enum: Object.keys(VALUE_FLAGS) as [ValueFlag, ...ValueFlag[]] }),
  },
  (t) => [primaryKey({ columns: [t.areaCode, t.indicatorCode, t.period] }), index('indicator_values_by_indicator').on(t.indicatorCode, t.period)],
);

export type IndicatorRow = typeof indicators.$inferSelect;
