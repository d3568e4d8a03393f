/**
 * KPI-specific field readers. The generic ones (periods, numbers, issue collection) live in
 * src/shared/field-readers.ts.
 */
import { tryParsePeriod, parseDay } from '../../../shared/periods.ts';

/** The first day a target existed, when its set_in reads as a date or period; null otherwise. */
export function setInStartOf(setIn: string | number | null | undefined): number | null {
  if (setIn === null || setIn === undefined || setIn === '') return null;
  try {
    return parseDay(String(setIn));
  } catch {
    return tryParsePeriod(setIn)?.start ?? null;
  }
}
