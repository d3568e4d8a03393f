/** Words users type for flags and directions, in English codes or Japanese, mapped to the engine's codes. */
import type { Direction, ObservationFlag } from './catalog.ts';

const FLAG_WORDS: Record<string, ObservationFlag> = {
  preliminary: 'preliminary',
  速報: 'preliminary',
  速報値: 'preliminary',
  estimate: 'estimate',
  estimated: 'estimate',
  推計: 'estimate',
  推計値: 'estimate',
  推定値: 'estimate',
  provisional: 'provisional',
  暫定: 'provisional',
  暫定値: 'provisional',
  reference: 'reference',
  参考: 'reference',
  参考値: 'reference',
  final: 'final',
  確報: 'final',
  確報値: 'final',
  確定値: 'final',
};

/** null for an empty cell; undefined for a word we do not know. */
export function parseFlag(input: string | null | undefined): ObservationFlag | null | undefined {
  const s = (input ?? '').trim();
  if (s === '') return null;
  return FLAG_WORDS[s.toLowerCase()] ?? FLAG_WORDS[s];
}

const DIRECTION_INPUT: Record<string, Direction> = {
  increase: 'increase',
  増加: 'increase',
  上昇: 'increase',
  向上: 'increase',
  up: 'increase',
  decrease: 'decrease',
  減少: 'decrease',
  低下: 'decrease',
  down: 'decrease',
  maintain: 'maintain',
  維持: 'maintain',
};

export function parseDirection(input: string | null | undefined): Direction | undefined {
  const s = (input ?? '').trim();
  return DIRECTION_INPUT[s.toLowerCase()] ?? DIRECTION_INPUT[s];
}

export const FLAG_HINT = 'preliminary/速報値, estimate/推計値, provisional/暫定値, reference/参考値, final/確報値';
export const DIRECTION_HINT = 'increase/増加, decrease/減少, maintain/維持';
