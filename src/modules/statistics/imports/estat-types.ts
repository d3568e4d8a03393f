/** The shape of an e-Stat table as read (estat-header, estat-table) and resolved (estat-items). */
import type { ParsedValue } from './import-common.ts';

export interface EstatPart {
  dim: string;
  code: string | null;
  label: string;
}

export interface EstatItem {
  /** stable key of the combination of item dimensions */
  key: string;
  parts: EstatPart[];
  /** from 【単位】 in a label or the unit column */
  unit: string | null;
  /** where it first occurs */
  line: number;
  column: string;
}

export interface EstatTable {
  file: string;
  layout: 'wide' | 'long';
  meta: { statName?: string; title?: string; tableId?: string; surveyDate?: string };
  items: EstatItem[];
  /** indicatorCode holds the item key until resolveEstatItems maps it */
  values: Array<ParsedValue & { areaLabel?: string }>;
  columns: { area: string; period: string };
}
