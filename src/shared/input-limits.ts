/**
 * Every limit on what users may send, in one place. Each one is far above what real plans and
 * statistics need, and low enough that a mistaken or hostile file is refused with a located
 * error before it can exhaust memory, overflow the engine or fail inside the database.
 * Pure constants: the readers, the HTTP layer and the import jobs all check against these.
 */

/**
 * Largest absolute value of any figure (KPI values, statistics values, any JSON number).
 * The largest figures in Japanese public statistics are about 10^15 (nominal GDP ≈ 6×10^14 yen,
 * 国の一般会計 ≈ 1.1×10^14 yen); 10^18 leaves three orders of magnitude of headroom while keeping
 * the engine's differences, ratios and ×100 far from overflowing to Infinity.
 */
export const MAX_ABS_VALUE = 1e18;

/** Names, labels, ids, units, periods, flags: one-line fields (the longest KPI name of the 2026 strategy is ~100). */
export const MAX_NAME_LENGTH = 500;

/** Notes, sources, licences and target wording (目標（原文）): a paragraph, not a document. */
export const MAX_NOTE_LENGTH = 2_000;

/** Any cell or JSON string, extras included: Excel's own limit of characters in a cell. */
export const MAX_CELL_LENGTH = 32_767;

/** Columns of a table (header width); the widest e-Stat download has a few hundred item columns. */
export const MAX_COLUMNS = 1_000;

/**
 * Nesting of JSON documents. A catalog nests 7 levels (kpis → components → observations …);
 * the parsers and validators recurse, so a 100,000-deep array must be refused before parsing.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Data rows of one KPI table import (actual values or KPI definitions, CSV/Excel/form): a
 * national strategy has ~100 KPIs and a few thousand actual values a year; every row is held
 * and checked in memory before the one transaction.
 */
export const MAX_KPI_IMPORT_ROWS = 100_000;

/**
 * Values of one statistics import (tidy rows, e-Stat table values, JSON `values`): the largest
 * import measured (`npm run bench`: 1,000,000 values, ~16 s on PGlite in one transaction).
 * Larger files should be split.
 */
export const MAX_STATISTICS_IMPORT_ROWS = 1_000_000;

/**
 * Records of any CSV file or sheet, checked while reading (before all rows are built): the
 * largest import plus room for lines above the table (e-Stat downloads put metadata there).
 */
export const MAX_TABLE_RECORDS = Math.max(MAX_KPI_IMPORT_ROWS, MAX_STATISTICS_IMPORT_ROWS) + 1_000;

/** 1,000,000 → 「1,000,000」 for messages. */
export function formatLimit(n: number): string {
  return n.toLocaleString('en-US');
}
