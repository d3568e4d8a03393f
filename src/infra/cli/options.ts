/** Parsing of option values shared by commands; a bad value is a UsageError (exit 1). */
import { PeriodParseError, parseDay, todayDay } from '../../shared/periods.ts';
import { UsageError } from './exit-codes.ts';

export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} は ${allowed.join(', ')} のいずれかです: ${value}`);
}

export function asOfOption(raw: string | undefined): number {
  if (!raw) return todayDay();
  try {
    return parseDay(raw);
  } catch (e) {
    if (e instanceof PeriodParseError) throw new UsageError(`--as-of: ${e.message}`);
    throw e;
  }
}

export function positiveInt(option: string, raw: string, max = 1_000_000): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${option} は 1〜${max} の整数です: ${raw}`);
  return n;
}
