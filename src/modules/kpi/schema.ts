/**
 * KPI catalog storage. Every table carries owner_code (the owning government's 団体コード;
 * '000000' for the nation) as the first key column, so all of a strategy's rows co-locate
 * when the tables are distributed by owner_code.
 */
import { char, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, boolean } from 'drizzle-orm/pg-core';

export const strategies = pgTable(
  'strategies',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    extra: jsonb('extra').$type<Record<string, unknown>>(),
    /** top-level fields of the imported document besides strategy/nodes/kpis (milestones, …) */
    documentExtra: jsonb('document_extra').$type<Record<string, unknown>>(),
    /** bumped by every write to the strategy's rows, so readers can cache by (id, revision) */
    revision: integer('revision').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] })],
);

export const nodes = pgTable(
  'strategy_nodes',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    id: text('id').notNull(),
    parentId: text('parent_id'),
    level: text('level', { enum: ['goal', 'impact', 'outcome', 'output', 'other'] }).notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    extra: jsonb('extra').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.strategyId, t.id] }),
    foreignKey({ columns: [t.ownerCode, t.strategyId], foreignColumns: [strategies.ownerCode, strategies.id] }).onDelete('cascade'),
  ],
);

export const kpis = pgTable(
  'kpis',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    id: text('id').notNull(),
    nodeId: text('node_id').notNull(),
    /** set for a component (sub-indicator) of a composite KPI */
    parentKpiId: text('parent_kpi_id'),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: ['increase', 'decrease', 'maintain'] }).notNull(),
    baselineValue: doublePrecision('baseline_value'),
    baselinePeriod: text('baseline_period'),
    targetText: text('target_text'),
    isNew: boolean('is_new').notNull().default(false),
    extra: jsonb('extra').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.strategyId, t.id] }),
    foreignKey({ columns: [t.ownerCode, t.strategyId, t.nodeId], foreignColumns: [nodes.ownerCode, nodes.strategyId, nodes.id] }),
    foreignKey({ columns: [t.ownerCode, t.strategyId], foreignColumns: [strategies.ownerCode, strategies.id] }).onDelete('cascade'),
  ],
);

/** Every target a KPI has had, in order; revisions append, so the history is kept. */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    seq: integer('seq').notNull(),
    value: doublePrecision('value'),
    period: text('period'),
    text: text('text'),
    setIn: text('set_in'),
    relativeTo: text('relative_to'),
    extra: jsonb('extra').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.strategyId, t.kpiId, t.seq] }),
    foreignKey({ columns: [t.ownerCode, t.strategyId, t.kpiId], foreignColumns: [kpis.ownerCode, kpis.strategyId, kpis.id] }).onDelete('cascade'),
  ],
);

export const observations = pgTable(
  'kpi_observations',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    /** canonical label: '2017', 'FY2017', '2018-08', '2018-08-31' */
    period: text('period').notNull(),
    /** last day of the period, for as-of queries */
    periodEnd: date('period_end').notNull(),
    value: doublePrecision('value').notNull(),
    flag: text('flag', { enum: ['preliminary', 'estimate', 'provisional', 'reference', 'final'] }),
    source: text('source'),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.strategyId, t.kpiId, t.period] }),
    foreignKey({ columns: [t.ownerCode, t.strategyId, t.kpiId], foreignColumns: [kpis.ownerCode, kpis.strategyId, kpis.id] }).onDelete('cascade'),
    index('kpi_observations_end_idx').on(t.ownerCode, t.strategyId, t.periodEnd),
  ],
);

/**
 * The series a relative target (「全国平均以上」) is compared with, by period: written by whoever
 * binds the reference (kpi-bindings copies a statistics series here), read into the catalog so
 * the engine judges the target. A KPI has one reference series; `name` says which it is.
 */
export const kpiReferenceObservations = pgTable(
  'kpi_reference_observations',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    strategyId: text('strategy_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
    flag: text('flag', { enum: ['preliminary', 'estimate', 'provisional', 'reference', 'final'] }),
    name: text('name').notNull(),
    source: text('source'),
  },
  // No foreign key to kpis, on purpose: a catalog re-import replaces the strategy's rows, and the
  // reference (like its binding) must outlive that; rows of a KPI that is gone are never read.
  (t) => [primaryKey({ columns: [t.ownerCode, t.strategyId, t.kpiId, t.period] })],
);
