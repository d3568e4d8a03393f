/** The evaluation date of a request (`as_of`, YYYY-MM-DD; today when absent), or a 400 naming the field. */
import { InputError } from './errors.ts';
import { PeriodParseError, parseDay, todayDay } from './periods.ts';

export function asOfDay(raw: string | undefined, column = 'as_of'): number {
  if (!raw) return todayDay();
  try {
    return parseDay(raw);
  } catch (e) {
    if (e instanceof PeriodParseError) throw InputError.single({ column, code: 'invalid_date', reason: e.message });
    throw e;
  }
}
