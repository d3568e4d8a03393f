/**
 * A KPI fed by a published series (indicator × area): new values of the series become the
 * KPI's observations. Keyed like the KPI (owner_code first). The table kept its name and columns
 * when it moved here from the statistics module (no migration).
 */
import { char, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const kpiBindings = pgTable(
  'kpi_indicator_bindings',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    areaCode: char('area_code', { length: 6 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.strategyId, t.kpiId] }), index('kpi_bindings_series').on(t.indicatorCode, t.areaCode)],
);

/**
 * The series a KPI's relative target is compared with (indicator × area, e.g. the same indicator
 * for 全国 00000). One per KPI; its values are copied into kpi's reference observations.
 */
export const kpiReferenceBindings = pgTable(
  'kpi_reference_bindings',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    areaCode: char('area_code', { length: 6 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.strategyId, t.kpiId] }), index('kpi_reference_bindings_series').on(t.indicatorCode, t.areaCode)],
);
