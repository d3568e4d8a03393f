/**
 * Breaks in series (系列の断層): periods at which a series' definition changed, so the step from
 * the period before is not a real change. Charts mark them and downloads name them; pure data
 * and one lookup, keyed by the indicator's source (the register's rules apply to every
 * indicator from it) or its code.
 */
import { SOURCES } from './reference-indicators.ts';

export interface SeriesBreak {
  /** the first period of the new definition: the step is from the period before it */
  period: string;
  /** short label for a chart's mark line */
  label: string;
  /** what changed, in a sentence, for notes beside tables and downloads */
  note: string;
}

interface BreakRule {
  applies: (i: { code: string; source: string; frequency: string | null }) => boolean;
  break: SeriesBreak;
}

const fromRegister = (i: { source: string }) => i.source === SOURCES.residentRegister;

const RULES: BreakRule[] = [
  {
    applies: fromRegister,
    break: {
      period: '2013',
      label: '2013年〜 外国人住民を含む',
      note: '住民基本台帳は2013年から外国人住民を含みます（2012年までは日本人のみ）。2012年から2013年への段差（全国で約170万人）は人口移動ではありません。',
    },
  },
  {
    // Stock figures only: the reference day moved from 31 March to 1 January.
    applies: (i) => fromRegister(i) && (i.frequency ?? '').includes('1月1日'),
    break: {
      period: '2014',
      label: '2014年〜 1月1日現在',
      note: '基準日は2013年まで3月31日、2014年から1月1日です（2013年と2014年の間は9か月）。',
    },
  },
];

/** The breaks of an indicator's series, in period order (none for most indicators). */
export function seriesBreaksOf(i: { code: string; source: string; frequency: string | null }): SeriesBreak[] {
  return RULES.filter((r) => r.applies(i)).map((r) => r.break);
}
