/**
 * Status classes of the KPI verification (①A・①B・①C・②・③), their bands, flags, directions
 * and levels as words. The mark (「①A」) is always printed: colour is never the only cue.
 */
import type { Band, Direction, NodeLevel, ObservationFlag, Status } from '../api/types.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';

export const STATUS_MARK: Record<Status, string> = {
  '1A': '①A',
  '1B': '①B',
  '1C': '①C',
  '2': '②',
  '3': '③',
};

/** A shape beside the mark, for scanning without colour. */
export const STATUS_SYMBOL: Record<Status, string> = {
  '1A': '◎',
  '1B': '○',
  '1C': '◇',
  '2': '▲',
  '3': '－',
};

/** 「①A 目標達成」 */
export function statusLabel(status: Status, t: Translate): string {
  return `${STATUS_MARK[status]} ${t(`status.${status}`)}`;
}

export function bandLabel(band: Band, t: Translate): string {
  return t(`band.${band}`);
}

export function directionLabel(direction: Direction, t: Translate): string {
  return t(`direction.${direction}`);
}

export function levelLabel(level: NodeLevel, t: Translate): string {
  return t(`level.${level}`);
}

export function flagLabel(flag: string | null | undefined, t: Translate): string | null {
  if (!flag) return null;
  switch (flag as ObservationFlag) {
    case 'preliminary':
    case 'estimate':
    case 'provisional':
    case 'reference':
    case 'final':
      return t(`flag.${flag as ObservationFlag}`);
    default:
      return flag;
  }
}
